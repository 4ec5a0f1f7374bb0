using System.Text.Json.Nodes;
using ChatFindings.Tests.Appendix;
using ChatFindings.Tests.Browser;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>The printable appendix and the static chart images of a real publish run (needs Chromium and poppler).</summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AppendixEndToEndTests(PublishedArtifacts published)
{
    [ChromiumFact]
    public void The_pdf_holds_every_notebook_title_and_every_claim_id_and_no_browser_header()
    {
        Assert.True(published.Result.ExitCode == 0, published.Result.Stderr);
        var pdf = published.PathOf("appendix.pdf");
        var notebooks = PublishedArtifacts.CommittedNotebooks();
        Assert.True(Poppler.PageCount(pdf) >= notebooks.Count);
        var text = Poppler.Text(pdf);
        foreach (var path in notebooks)
        {
            var title = JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
                .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string)l!)))
                .First(s => s.StartsWith("# ", StringComparison.Ordinal)).Split('\n')[0][2..].Trim();
            Assert.Contains(title, text.ReplaceLineEndings(" "));
        }
        foreach (var id in ClaimRegister.All.Select(c => c.Id)) Assert.Contains(id, text);
        Assert.DoesNotContain("file://", text);
        Assert.DoesNotContain("http://", text);
    }

    [ChromiumFact]
    public void Every_chart_in_the_executed_notebooks_has_a_static_svg_image()
    {
        var charts = 0;
        foreach (var file in Directory.GetFiles(published.PathOf("notebooks"), "*.ipynb"))
            foreach (var output in JsonNode.Parse(File.ReadAllText(file))!["cells"]!.AsArray()
                         .SelectMany(c => c!["outputs"]?.AsArray() ?? []))
            {
                var data = output!["data"];
                if (data?["application/vnd.plotly.v1+json"] is null) continue;
                charts++;
                var svg = data["image/svg+xml"];
                Assert.NotNull(svg);
                var text = svg is JsonArray lines ? string.Concat(lines.Select(l => (string)l!)) : (string)svg!;
                Assert.Contains("<svg", text);
            }
        Assert.True(charts > 0, "the published notebooks have no chart at all");
    }
}

/// <summary>Without Chromium, publish still writes everything else and says in one line why there is no PDF.</summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PublishWithoutChromiumTests
{
    [Fact]
    public void Publish_succeeds_and_says_why_the_pdf_is_missing()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "chatfindings-nochromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = ProcessRun.Cli("publish", "--out", outDir, "--chromium", "/nonexistent/chromium",
                "--notebooks", FixturePublish.Notebooks("minimal"));
            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith("publish: no appendix.pdf: ", StringComparison.Ordinal));
            Assert.False(File.Exists(Path.Combine(outDir, "appendix.pdf")));
            Assert.True(File.Exists(Path.Combine(outDir, "site", "index.html")));
            Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }
}
