using System.Diagnostics;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Output;
using RoleCall.Cli.Output.Pagination;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output.Pagination;

/// <summary>
/// The paginator against botocore's own PageIterator (botocore_paginator_judge.py) over the same scripted
/// IAM ListRoles service: the same calls, the same merged result and byte-identical NextTokens, including
/// resuming from a token it printed.
/// </summary>
public sealed class PaginatorTests
{
    private static readonly PaginatorConfig ListRoles = IamModel.Instance.Operation("ListRoles").Paginator!;

    [Fact]
    public async Task Should_page_and_cut_and_resume_exactly_as_botocore()
    {
        var specs = new List<(int Total, int ServicePage, int? MaxItems, int? PageSize)>();
        foreach (var total in new[] { 0, 1, 5, 7, 12 })
        {
            foreach (var maxItems in new int?[] { null, 1, 3, 5, 6, 20 })
            {
                specs.Add((total, 3, maxItems, null));
                specs.Add((total, 3, maxItems, 2));
            }
        }

        // First runs, then each run resumed from the NextToken rolecall printed (botocore must read it identically).
        var first = await Task.WhenAll(specs.Select(s => RunAsync(s.Total, s.ServicePage, s.MaxItems, s.PageSize, null)));
        var resumed = specs.Zip(first).Where(p => p.Second.Full.TryGetValue("NextToken", out _))
            .Select(p => (p.First, Token: ((JmesString)p.Second.Full.Get("NextToken")).Value)).ToList();
        var second = await Task.WhenAll(resumed.Select(r => RunAsync(r.First.Total, r.First.ServicePage, r.First.MaxItems, r.First.PageSize, r.Token)));

        var judged = Judge(specs.Select(s => (JmesValue)Spec(s.Total, s.ServicePage, s.MaxItems, s.PageSize, null))
            .Concat(resumed.Select(r => Spec(r.First.Total, r.First.ServicePage, r.First.MaxItems, r.First.PageSize, r.Token))).ToList());
        var ours = first.Concat(second).ToList();
        Assert.Equal(judged.Count, ours.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            var expected = (JmesObject)judged[i];
            Assert.True(expected.Get("full").Equals(ours[i].Full), $"case {i}: botocore {expected.Get("full")} vs rolecall {ours[i].Full}");
            Assert.True(expected.Get("calls").Equals(ours[i].Calls), $"case {i}: botocore calls {expected.Get("calls")} vs rolecall {ours[i].Calls}");
        }

        Assert.True(resumed.Count > 10, "the grid should exercise resuming");
    }

    [Fact]
    public void Should_encode_the_token_as_botocore_does()
    {
        // base64 of {"Marker": "m3", "boto_truncate_amount": 2}, as printed by `aws iam list-roles --max-items 5`.
        Assert.Equal("eyJNYXJrZXIiOiAibTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==",
            PaginationToken.Encode([new("Marker", "m3")], 2));
        Assert.Equal(("m3", 2), Decode("eyJNYXJrZXIiOiAibTMiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ=="));
        Assert.Equal(("abc", 4), Decode("abc___4"));
        Assert.Equal(("opaque-marker", 0), Decode("opaque-marker"));
    }

    [Fact]
    public void Should_refuse_paging_options_with_no_paginate()
    {
        var error = Assert.Throws<RoleCall.Core.Errors.UsageException>(() => new PaginationOptions(StartingToken: "x", PageSize: 5).EnsureUnusedWithNoPaginate());
        Assert.Equal("Cannot specify --no-paginate along with pagination arguments: --starting-token, --page-size", error.Message);
        new PaginationOptions(MaxItems: 3).EnsureUnusedWithNoPaginate();
    }

    [Fact]
    public async Task Should_print_text_page_by_page_with_the_next_token_last()
    {
        var response = await Paginator.PaginateAsync(ListRoles, new PaginationOptions(MaxItems: 4), FakeService(7, 3, []));
        var output = new StringWriter();
        OutputWriter.Write(response, new OutputOptions(OutputFormat.Text, null, "ListRoles"), output);
        Assert.Equal("ROLES\tr0\nROLES\tr1\nROLES\tr2\nROLES\tr3\nNEXTTOKEN\t" + response.ResumeToken + "\n", output.ToString());
    }

    private static (string, int) Decode(string token)
    {
        var (tokens, skip) = PaginationToken.Decode(token, ["Marker"]);
        return (string.Join(",", tokens.Select(t => t.Value)), skip);
    }

    private static JmesObject Spec(int total, int servicePage, int? maxItems, int? pageSize, string? token) => new JmesObject(
    [
        new("total", JmesValue.From(total)),
        new("service_page", JmesValue.From(servicePage)),
        new("max_items", maxItems is { } m ? JmesValue.From(m) : JmesValue.Null),
        new("page_size", pageSize is { } p ? JmesValue.From(p) : JmesValue.Null),
        new("starting_token", JmesValue.From(token)),
    ]);

    private static async Task<(JmesObject Full, JmesArray Calls)> RunAsync(int total, int servicePage, int? maxItems, int? pageSize, string? token)
    {
        var calls = new List<JmesValue>();
        var response = await Paginator.PaginateAsync(ListRoles, new PaginationOptions(maxItems, token, pageSize), FakeService(total, servicePage, calls));
        return (response.BuildFullResult(), new JmesArray(calls));
    }

    /// <summary>The same scripted service as the judge's: roles r0.., `servicePage` per call unless MaxItems says otherwise.</summary>
    private static PageFetcher FakeService(int total, int servicePage, List<JmesValue> calls) => (parameters, _) =>
    {
        calls.Add(new JmesObject(parameters.Select(p => new KeyValuePair<string, JmesValue>(p.Key, new JmesString(p.Value)))));
        var start = int.Parse(parameters.GetValueOrDefault("Marker", "m0")[1..], System.Globalization.CultureInfo.InvariantCulture);
        var size = parameters.TryGetValue("MaxItems", out var m) ? int.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : servicePage;
        var roles = Enumerable.Range(start, Math.Max(0, Math.Min(start + size, total) - start))
            .Select(i => (JmesValue)new JmesObject([new("RoleName", new JmesString($"r{i}"))])).ToList();
        var more = start + size < total;
        List<KeyValuePair<string, JmesValue>> page = [new("Roles", new JmesArray(roles)), new("IsTruncated", JmesValue.From(more))];
        if (more)
        {
            page.Add(new("Marker", new JmesString($"m{start + size}")));
        }

        return Task.FromResult(new JmesObject(page));
    };

    private static JmesArray Judge(List<JmesValue> specs)
    {
        var script = Path.Combine(OutputTestPaths.Root, "tests", "RoleCall.Cli.Tests", "Output", "Pagination", "botocore_paginator_judge.py");
        var start = new ProcessStartInfo("python3", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 with botocore is needed: `pip install botocore`");
        process.StandardInput.Write(new JmesArray(specs).ToJson());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"botocore paginator judge failed (needs python3 with `pip install botocore jmespath`): {stderr}");
        return (JmesArray)JmesValue.Parse(stdout.Result);
    }
}
