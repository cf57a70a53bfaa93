using RoleCall.Core.Errors;
using RoleCall.S3.Model;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>
/// Two stores over one database, as two replicas (or two processes over one data directory) open them, racing:
/// the database decides, and the outcome is one of those a serial order gives, never an object without its
/// bucket, a part without its upload or a body handed back twice or never.
/// </summary>
public abstract partial class S3StoreContract
{
    private const int Rounds = 20;

    [Fact]
    public void Should_give_a_bucket_name_to_exactly_one_of_two_stores_adding_it_at_once()
    {
        var (a, b) = (Open(), Open());
        for (var i = 0; i < Rounds; i++)
        {
            var name = $"raced-name-{i}";
            var (first, second) = Race(() => a.TryAddBucket(new S3Bucket(name, Owner, "us-east-1", Now)), () => b.TryAddBucket(new S3Bucket(name, Other, "us-east-1", Now)));

            Assert.True(first.Value ^ second.Value, $"round {i}: {first.Value}/{second.Value}");
            Assert.Equal(first.Value ? Owner : Other, Open().FindBucket(name)!.OwnerAccount);
        }
    }

    [Fact]
    public void Should_answer_delete_bucket_racing_put_object_with_not_empty_or_a_refused_put_and_never_leave_an_orphan_object()
    {
        var (a, b) = (Open(), Open());
        var outcomes = new HashSet<string>();
        for (var i = 0; i < Rounds; i++)
        {
            var name = $"raced-delete-{i}";
            AddBucket(a, name);
            var (deleted, put) = Race(() => a.TryDeleteBucket(name), () => b.PutObject(Entry(name, "k", $"body-{i}")));

            var fresh = Open();
            var (bucket, entry) = (fresh.FindBucket(name), fresh.FindObject(name, "k"));
            var outcome = $"{deleted.Value}/{put.Error?.Code ?? "ok"}";
            outcomes.Add(outcome);
            Assert.True(outcome is "False/ok" or "True/NoSuchBucket", $"round {i}: {outcome}");
            Assert.Equal(deleted.Value, bucket is null);
            Assert.Equal(deleted.Value, entry is null);
        }

        Assert.NotEmpty(outcomes);
    }

    [Fact]
    public void Should_hand_each_of_two_racing_replacements_exactly_the_bodies_it_unnamed()
    {
        var (a, b) = (Open(), Open());
        AddBucket(a, "raced-put");
        for (var i = 0; i < Rounds; i++)
        {
            // Even rounds replace an object, odd ones race to create the key.
            List<string> all = [$"a-{i}", $"b-{i}"];
            if (i % 2 == 0)
            {
                a.PutObject(Entry("raced-put", $"k{i}", $"first-{i}"));
                all.Add($"first-{i}");
            }

            var (fromA, fromB) = Race(() => a.PutObject(Entry("raced-put", $"k{i}", $"a-{i}")), () => b.PutObject(Entry("raced-put", $"k{i}", $"b-{i}")));

            var named = Open().FindObject("raced-put", $"k{i}")!.BodyIds;
            Assert.Equal(all.Order(StringComparer.Ordinal), fromA.Value!.Concat(fromB.Value!).Concat(named).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Should_land_a_part_racing_its_uploads_completion_before_it_or_refuse_it_and_never_leave_a_part_behind()
    {
        var (a, b) = (Open(), Open());
        AddBucket(a, "raced-parts");
        for (var i = 0; i < Rounds; i++)
        {
            var upload = $"raced-upload-{i}";
            a.AddUpload(new MultipartUpload(upload, "raced-parts", $"k{i}", Now, "arn", ObjectHeaders.Empty));
            a.PutPart(Part(upload, 1, $"p1-{i}"));

            var (completed, part) = Race(() => a.CompleteUpload(upload, Entry("raced-parts", $"k{i}", $"p1-{i}")), () => b.PutPart(Part(upload, 2, $"p2-{i}")));

            Assert.NotNull(completed.Value);
            Assert.True(part.Error is null or { Code: "NoSuchUpload" }, part.Error?.Message);
            // A part that landed was left out of the completion, so it comes back to be deleted; a refused one was never named.
            Assert.Equal(part.Error is null, completed.Value!.Contains($"p2-{i}"));
            Assert.Empty(Open().ListParts(upload));
            Assert.Equal([$"p1-{i}"], Open().FindObject("raced-parts", $"k{i}")!.BodyIds);
        }
    }

    /// <summary>Runs both calls at the same moment on two threads; each one's result or S3 error.</summary>
    private static (Outcome<T1> First, Outcome<T2> Second) Race<T1, T2>(Func<T1> first, Func<T2> second)
    {
        using var start = new Barrier(2);
        var other = Task.Factory.StartNew(() => Run(start, second), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var mine = Run(start, first);
        return (mine, other.GetAwaiter().GetResult());
    }

    private static Outcome<T> Run<T>(Barrier start, Func<T> call)
    {
        start.SignalAndWait();
        try
        {
            return new Outcome<T>(call(), null);
        }
        catch (AwsServiceException e)
        {
            return new Outcome<T>(default, e);
        }
    }

    private readonly record struct Outcome<T>(T? Value, AwsServiceException? Error);
}
