using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Site;
using static ChatFindings.Tests.Site.NotebookFixture;

namespace ChatFindings.Tests.Site;

/// <summary>
/// A small site: a notebook with a chart (and every other kind of output), one without a chart,
/// written as Jupyter stores them and read into the executed-notebook model.
/// Also used by the browser tests.
/// </summary>
internal sealed class SiteFixture : IDisposable
{
    public const string TinyPng =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    public SiteFixture(bool synthetic = true)
    {
        Root = Directory.CreateTempSubdirectory("cf-site-").FullName;
        var notebooks = Path.Combine(Root, "notebooks");
        var byYear = Chart.From(new ChartData("Minor victims by year", "Year", "Conversations",
            ["2019", "2020", "2021", "2022", "2023"],
            [new ChartSeries("Girls", [88, 91, null, 70, 64]), new ChartSeries("Boys", [12, null, 15, null, 11])], "<10"));
        var duration = Chart.From(new ChartData("How long the exploitation had lasted", "Duration", "Conversations",
            ["Less than a year", "1–2 years", "2–5 years", "5 years or more"],
            [new ChartSeries("Minors", [140, 96, 61, null])], "<10", ChartKind.Bar));

        var withCharts = Notebook(
            Markdown("# F1 — Nearly 600 minor victims\n\n> *\"bijna zeshonderd minderjarige slachtoffers\"*\n\nThe report counts **minor** victims.\n\n| Year | Source |\n|---|---|\n| 2019 | CKM |\n\nSee [the registrations](https://www.nji.nl/cijfers/mensenhandel). <script>alert('md')</script> ![remote](https://example.org/x.png)\n"),
            Code(1, "#r \"../build/lib/ChatFindings.dll\"\nusing ChatFindings;"),
            Code(2, "var table = study.Minors();\ntable", Display(("text/html", Lines("<table class=\"cf-table\"><caption>Minors</caption><tbody><tr><th>2019</th><td class=\"num\">100</td></tr></tbody></table>")),
                ("application/vnd.chatfindings.table+json", JsonNode.Parse("{\"name\":\"minors\",\"csv\":\"SECRET-MACHINE-OUTPUT\"}")!))),
            Code(3, "Chart.From(byYear)", ChartOutput(byYear)),
            Markdown("## Duration\n\nMost were exploited *a year or longer*."),
            Code(4, "Chart.From(duration)", ChartOutput(duration), Stream("stdout", "rows: 600 <all>\n")),
            Code(5, "1 + 1", Result(5, "2 < 3 & done"), Display(("image/png", TinyPng), ("text/plain", "a tiny image"))),
            Markdown("## What the data cannot show\n\nWho never came onto the chat."));
        var plain = Notebook(
            Markdown("# Data and methods\n\nThe codebook."),
            Code(1, "study.Report", Display(("text/plain", Lines("600 rows read\n0 rejected\n")))),
            Markdown("## Data and methods\n\nA second heading with the same text gets its own anchor."));

        Input = new SiteInput(
            [
                ExecutedNotebookReader.Read(NotebookFixture.Write(notebooks, "00-data-and-methods", plain)),
                ExecutedNotebookReader.Read(NotebookFixture.Write(notebooks, "01-minor-victims", withCharts)),
            ],
            synthetic,
            "Generated conversations with the codebook's shape (seed 42, 1,380 rows).",
            new SiteProvenance("3f5a0c1e9b7d2a4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d", "0123456789abcdef0123456789abcdef01234567",
                new Dictionary<string, string> { ["Plotly.NET"] = "6.0.0", ["CsvHelper"] = "34.0.0", ["Markdig"] = "1.6.0" }, 10,
                "conversations.csv"),
            [
                new SiteClaim("F1", "01-minor-victims", "Nearly 600 minor victims", "bijna zeshonderd", "596", "within 5%", true, null, "600"),
                new SiteClaim("F1b", "01-minor-victims", "Most are girls & <young>", "92.5%", null, "not computable", null, "Gender is often not coded."),
                new SiteClaim("M1", "00-data-and-methods", "Every row is accounted for", "—", "1380", "equal", false, null),
            ]);
        SiteDir = Path.Combine(Root, "site");
    }

    public string Root { get; }
    public string SiteDir { get; }
    public SiteInput Input { get; }

    public IReadOnlyList<string> Write() => SiteWriter.Write(Input, SiteDir);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
