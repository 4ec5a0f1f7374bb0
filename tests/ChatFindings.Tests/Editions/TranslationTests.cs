using System.Text.Json.Nodes;
using ChatFindings.Cli.Editions;
using ChatFindings.Cli.Execution;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Editions;

/// <summary>
/// Every markdown cell of every committed notebook has a Dutch translation in notebooks/nl/, made
/// from the English it has now. A failure names the notebook and the cell.
/// </summary>
public class TranslationTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(Repo.PathOf("notebooks"), "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_markdown_cell_has_a_current_Dutch_translation(string notebook)
    {
        var path = Repo.PathOf("notebooks", notebook + ".ipynb");
        var problems = NotebookTranslation.For(path).Problems(NotebookDocument.Read(path));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void No_translation_is_kept_for_a_cell_the_notebook_no_longer_has(string notebook)
    {
        var path = Repo.PathOf("notebooks", notebook + ".ipynb");
        var ids = NotebookDocument.Read(path).Cells.Where(c => c.Kind == "markdown").Select(NotebookTranslation.CellId).ToHashSet();
        var orphans = NotebookTranslation.For(path).Cells.Keys.Where(id => !ids.Contains(id)).ToList();
        Assert.True(orphans.Count == 0, $"{notebook}: translations of cells that no longer exist: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void An_English_cell_changed_after_translation_is_named_stale_and_a_new_one_missing()
    {
        // A copy of a real notebook and its translation, then one cell edited and one added.
        var dir = Directory.CreateTempSubdirectory("cf-translation-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "nl"));
            var notebook = Path.Combine(dir, "05-parents.ipynb");
            File.Copy(Repo.PathOf("notebooks", "nl", "05-parents.nl.json"), Path.Combine(dir, "nl", "05-parents.nl.json"));
            var json = JsonNode.Parse(File.ReadAllText(Repo.PathOf("notebooks", "05-parents.ipynb")))!;
            var cells = json["cells"]!.AsArray();
            var edited = cells.First(c => c!["cell_type"]!.GetValue<string>() == "markdown" && c["id"]!.GetValue<string>() == "a0eac93a")!;
            edited["source"] = "## Year by year\n\nA sentence that changed.";
            cells.Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = "newcell1", ["metadata"] = new JsonObject(), ["source"] = "A new cell." });
            File.WriteAllText(notebook, json.ToJsonString());

            var problems = NotebookTranslation.For(notebook).Problems(NotebookDocument.Read(notebook));

            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Stale && p.CellId == "a0eac93a" && p.ToString().Contains("05-parents") && p.ToString().Contains("stale"));
            Assert.Contains(problems, p => !p.Stale && p.CellId == "newcell1" && p.ToString().Contains("no Dutch translation"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Applying_a_translation_replaces_markdown_and_leaves_code_untouched()
    {
        var path = Repo.PathOf("notebooks", "01-scale.ipynb");
        var english = NotebookDocument.Read(path);
        var dutch = NotebookTranslation.For(path).Apply(english);

        Assert.Equal(english.Cells.Count, dutch.Cells.Count);
        foreach (var (en, nl) in english.Cells.Zip(dutch.Cells))
        {
            if (en.IsCode) Assert.Equal(en.Source, nl.Source);
            else Assert.NotEqual(en.Source, nl.Source);
        }
        Assert.StartsWith("# F1 — Omvang", dutch.Cells[0].Source);
        Assert.StartsWith("# F1 — Scale", english.Cells[0].Source); // the English document is not changed
    }

    [Fact]
    public void Report_quotes_stay_verbatim_and_their_English_renderings_are_dropped()
    {
        foreach (var path in Directory.GetFiles(Repo.PathOf("notebooks"), "*.ipynb"))
        {
            var english = NotebookDocument.Read(path);
            var translation = NotebookTranslation.For(path);
            foreach (var cell in english.Cells.Where(c => c.Kind == "markdown"))
            {
                var quoted = Quotes(cell.Source).Where(q => q.StartsWith('*')).ToList(); // the report's Dutch, in italics
                if (quoted.Count == 0) continue;
                var dutch = translation.Cells[NotebookTranslation.CellId(cell)].Dutch;
                foreach (var quote in quoted) Assert.Contains(quote, Quotes(dutch));
                // Of the quote block only the Dutch and the attribution are left: no English rendering.
                Assert.All(Quotes(dutch), q => Assert.True(q.StartsWith('*') || q.StartsWith('—') || q.Length == 0, $"{english.Name}: {q}"));
            }
        }
    }

    private static List<string> Quotes(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith('>')).Select(l => l.TrimStart('>').Trim()).ToList();
}
