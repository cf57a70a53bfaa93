using RoleCall.S3.Listing;
using RoleCall.S3.Model;
using RoleCall.Server.S3;

namespace RoleCall.Server.Tests.S3;

/// <summary>
/// Issue 11 (ListObjectsV2 p99): a rendered listing is reused only for a page built from the very same store
/// results; a page from a new result (the store replaces its results at every object write) renders anew.
/// The second test fails when that check is removed.
/// </summary>
public sealed class ListingBodiesTests
{
    private static readonly IReadOnlyList<S3ObjectSummary> Before = [new("a.txt", 1, "\"e\"", DateTimeOffset.UnixEpoch)];
    private static readonly IReadOnlyList<S3ObjectSummary> After = [new("a.txt", 1, "\"e\"", DateTimeOffset.UnixEpoch), new("b.txt", 1, "\"e\"", DateTimeOffset.UnixEpoch)];

    [Fact]
    public void Should_reuse_the_answer_for_a_page_built_from_the_same_store_results()
    {
        var bodies = new ListingBodies();
        byte[] rendered = [1, 2, 3];
        bodies.Keep("k", Page(Before), rendered);

        Assert.Same(rendered, bodies.Find("k", Page(Before)));
        Assert.Null(bodies.Find("other-request", Page(Before)));
    }

    [Fact]
    public void Should_render_anew_when_the_store_returned_a_new_result()
    {
        var bodies = new ListingBodies();
        bodies.Keep("k", Page(Before), [1, 2, 3]);

        Assert.Null(bodies.Find("k", Page(After)));
        Assert.Null(bodies.Find("k", Page(Before, After)));
    }

    [Fact]
    public void Should_keep_nothing_for_a_page_without_store_results()
    {
        var bodies = new ListingBodies();
        var page = new ListPage([], [], false, null);
        bodies.Keep("k", page, [1]);

        Assert.Null(bodies.Find("k", page));
    }

    private static ListPage Page(params IReadOnlyList<S3ObjectSummary>[] sources) =>
        new(sources[0], [], false, null) { Sources = sources };
}
