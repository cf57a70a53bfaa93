using RoleCall.Iam.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Listing;
using RoleCall.S3.Operations;
using RoleCall.S3.Store;

namespace RoleCall.S3;

/// <summary>
/// S3's logic behind `rolecall serve`, no HTTP and no SQL: buckets, objects, listings, multipart uploads and
/// bucket policies over the <see cref="IS3Store"/> and <see cref="IObjectBodies"/> ports, every operation
/// authorized through the IAM engine (<see cref="IAccessAuthorizer"/>) with the bucket policy as resource policy.
/// </summary>
public sealed class S3Service
{
    public S3Service(IS3Store store, IObjectBodies bodies, IAccessAuthorizer access, TimeProvider clock)
    {
        Runtime = new S3Runtime(store, bodies, access, clock);
        Buckets = new BucketOperations(Runtime);
        Objects = new ObjectOperations(Runtime);
        Listing = new ListOperations(Runtime);
        Configuration = new ConfigurationOperations(Runtime);
        Multipart = new MultipartOperations(Runtime);
        PartCopies = new PartCopyOperations(Runtime, Multipart);
    }

    public S3Runtime Runtime { get; }

    public BucketOperations Buckets { get; }

    public ObjectOperations Objects { get; }

    public ListOperations Listing { get; }

    public ConfigurationOperations Configuration { get; }

    public MultipartOperations Multipart { get; }

    public PartCopyOperations PartCopies { get; }
}
