using System.Text.RegularExpressions;
using ChatFindings.Cli.Editions;
using ChatFindings.Cli.Execution;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Editions;

/// <summary>
/// The translations follow docs/glossary.md: where the English of a cell (or a string) uses a
/// glossary term, the Dutch uses the glossary's Dutch term and none of the words it rules out.
/// The report's quoted words (lines starting with '>') are left out.
/// </summary>
public class GlossaryTests
{
    private sealed record Term(IReadOnlyList<string> English, string Dutch, IReadOnlyList<string> Avoid)
    {
        public bool UsedIn(string english) => English.Any(e => Regex.IsMatch(english, $@"\b{Regex.Escape(e)}(s|es)?\b", RegexOptions.IgnoreCase));
    }

    private static IReadOnlyList<Term> Glossary()
    {
        var rows = File.ReadAllLines(Repo.PathOf("docs", "glossary.md"))
            .Where(l => l.StartsWith("| ") && !l.StartsWith("| English") && !l.StartsWith("|---"))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => new Term(Split(c[0]), c[1], Split(c[2])))
            .ToList();
        Assert.True(rows.Count >= 20, $"docs/glossary.md: {rows.Count} terms read; the table did not parse");
        return rows;

        static IReadOnlyList<string> Split(string cell) => cell.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Every (English, Dutch) pair of the translations: markdown cells without quotes, then strings.</summary>
    private static IEnumerable<(string Where, string English, string Dutch)> Pairs()
    {
        foreach (var path in Directory.GetFiles(Repo.PathOf("notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            var notebook = NotebookDocument.Read(path);
            var translation = NotebookTranslation.For(path);
            foreach (var cell in notebook.Cells.Where(c => c.Kind == "markdown"))
                if (translation.Cells.TryGetValue(NotebookTranslation.CellId(cell), out var t))
                    yield return ($"{notebook.Name} cell {NotebookTranslation.CellId(cell)}", WithoutQuotes(cell.Source), WithoutQuotes(t.Dutch));
        }
        foreach (var file in Directory.GetFiles(Repo.PathOf("notebooks", "nl"), "*.json").Order(StringComparer.Ordinal))
            foreach (var (en, nl) in NotebookStrings.Read(file))
                yield return ($"{Path.GetFileName(file)} \"{en}\"", en, nl);
    }

    [Fact]
    public void Each_glossary_term_is_translated_as_the_glossary_says()
    {
        var glossary = Glossary();
        var problems = new List<string>();
        var checkedUses = 0;
        foreach (var (where, english, dutch) in Pairs())
            foreach (var term in glossary)
            {
                if (term.Avoid.FirstOrDefault(a => dutch.Contains(a, StringComparison.OrdinalIgnoreCase)) is { } avoided)
                    problems.Add($"{where}: uses \"{avoided}\"; the glossary says \"{term.Dutch}\"");
                if (!term.UsedIn(english)) continue;
                checkedUses++;
                if (!dutch.Contains(term.Dutch, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{where}: the English says \"{string.Join(" / ", term.English)}\" but the Dutch lacks \"{term.Dutch}\"");
            }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedUses > 100, $"only {checkedUses} uses of glossary terms checked"); // the check did look
    }

    [Fact]
    public void The_check_catches_a_term_translated_otherwise()
    {
        var victim = Glossary().Single(t => t.Dutch == "slachtoffer");
        Assert.True(victim.UsedIn("Most victims on the chat are girls."));
        Assert.DoesNotContain(victim.Dutch, "De meeste kinderen in de chat zijn meisjes.", StringComparison.OrdinalIgnoreCase);
        var exploiter = Glossary().Single(t => t.Dutch == "dader");
        Assert.Contains(exploiter.Avoid, a => "een ouder als uitbuiter".Contains(a, StringComparison.OrdinalIgnoreCase));
    }

    // Line breaks inside a markdown paragraph mean nothing: "chat van\nFier" is "chat van Fier".
    private static string WithoutQuotes(string markdown) =>
        Regex.Replace(string.Join("\n", markdown.Split('\n').Where(l => !l.TrimStart().StartsWith('>'))), @"\s+", " ");
}
