using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using ChatFindings.Cli.Editions;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Site;
using ChatFindings.Tests.Appendix;
using ChatFindings.Tests.Browser;
using ChatFindings.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// The Dutch edition of the shared publish (--lang en,nl): its pages, their language, the switch
/// between editions, no English left, the Dutch PDF, charts drawn offline, and WCAG 2.1 A/AA
/// (axe-core) on every page of both editions.
/// </summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class DutchEditionTests(PublishedArtifacts published)
{
    private const string AllChartsDrawn =
        "() => [...document.querySelectorAll('div.cf-plot')].every(d => d.querySelector('svg.main-svg'))";

    private IReadOnlyList<string> Notebooks => PublishedArtifacts.CommittedNotebooks().Select(Path.GetFileNameWithoutExtension).ToList()!;

    private IEnumerable<string> Pages(string site) =>
        Notebooks.Select(n => n + ".html").Prepend("index.html").Select(f => published.PathOf([.. site.Split('/'), f]));

    private void Published() => Assert.True(published.Result.ExitCode == 0, published.Result.ToString());

    [Fact]
    public void Every_page_has_its_language_and_a_switch_to_the_same_page_in_the_other_edition()
    {
        Published();
        foreach (var (site, lang, other) in new[] { ("site", "en", "nl"), ("site/nl", "nl", "en") })
            foreach (var page in Pages(site))
            {
                Assert.True(File.Exists(page), $"{page} is missing");
                var html = File.ReadAllText(page);
                Assert.Contains($"<html lang=\"{lang}\">", html);
                var href = LanguageSwitch().Match(html);
                Assert.True(href.Success, $"{page}: no language switch");
                Assert.Equal(other, href.Groups["lang"].Value);
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href.Groups["href"].Value));
                Assert.True(File.Exists(target), $"{page}: the switch points at {target}, which does not exist");
                Assert.Equal(Path.GetFileName(page), Path.GetFileName(target));
                Assert.NotEqual(Path.GetDirectoryName(page), Path.GetDirectoryName(target));
            }
    }

    [Fact]
    public void No_English_sentence_of_the_notebooks_or_the_site_is_left_on_the_Dutch_pages()
    {
        Published();
        var english = EnglishSentences();
        Assert.True(english.Count > 300, $"only {english.Count} English sentences to look for");
        var problems = new List<string>();
        var foundOnEnglishPages = 0;
        foreach (var notebook in Notebooks.Prepend("index"))
        {
            var dutch = VisibleText(File.ReadAllText(published.PathOf("site", "nl", notebook + ".html")));
            var en = VisibleText(File.ReadAllText(published.PathOf("site", notebook + ".html")));
            foreach (var sentence in english)
            {
                if (Contains(dutch, sentence)) problems.Add($"site/nl/{notebook}.html: \"{sentence}\"");
                if (Contains(en, sentence)) foundOnEnglishPages++;
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Negative control: the same check finds the English on the English pages.
        Assert.True(foundOnEnglishPages > 200, $"the check found only {foundOnEnglishPages} English sentences on the English pages");
    }

    [ChromiumFact]
    public void The_Dutch_PDF_holds_every_Dutch_notebook_title_and_claim_id()
    {
        Published();
        var pdf = published.PathOf("appendix.nl.pdf");
        Assert.True(File.Exists(pdf), $"{pdf} is missing");
        var text = Normalise(Poppler.Text(pdf));
        Assert.Contains(Normalise(SiteText.Dutch.Subject), text);
        Assert.Contains(SiteText.Dutch.Contents, text);
        foreach (var path in PublishedArtifacts.CommittedNotebooks())
        {
            var dutch = NotebookTranslation.For(path).Apply(NotebookDocument.Read(path));
            var title = dutch.Cells.Where(c => c.Kind == "markdown").Select(c => MarkdownRenderer.FirstHeading(c.Source)).First(t => t is not null)!;
            Assert.Contains(Normalise(title), text);
        }
        foreach (var claim in ClaimRegister.All) Assert.Contains(claim.Id, text);
        Assert.DoesNotContain("Claims checked", text); // the English section title
    }

    [ChromiumFact]
    public async Task Every_Dutch_page_draws_each_chart_offline()
    {
        Published();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var charts = 0;
        foreach (var page in Pages("site/nl"))
        {
            var visit = await browser.OpenAsync(page);
            var plots = await visit.Page.Locator("div.cf-plot").CountAsync();
            if (plots > 0)
                await visit.Page.WaitForFunctionAsync(AllChartsDrawn, null, new() { Timeout = 30_000 });
            Assert.Equal("nl", await visit.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
            Assert.True(visit.Problems().Length == 0, $"{page}:\n{visit.Problems()}");
            charts += plots;
        }
        Assert.True(charts > 10, $"only {charts} charts on the Dutch pages");
    }

    [ChromiumFact]
    public async Task Every_page_of_both_editions_passes_WCAG_2_1_A_and_AA()
    {
        Published();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        };
        var problems = new List<string>();
        var pages = 0;
        foreach (var page in Pages("site").Concat(Pages("site/nl")))
        {
            var visit = await browser.OpenAsync(page, bypassCsp: true);
            if (await visit.Page.Locator("div.cf-plot").CountAsync() > 0)
                await visit.Page.WaitForFunctionAsync(AllChartsDrawn, null, new() { Timeout = 30_000 });
            var result = await visit.Page.RunAxe(options);
            foreach (var violation in result.Violations)
                problems.Add($"{Path.GetRelativePath(published.Out, page)}: {violation.Id} ({violation.Impact}) at {string.Join("; ", violation.Nodes.Take(3).Select(n => n.Html))}");
            pages++;
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(2 * (Notebooks.Count + 1), pages);
    }

    /// <summary>
    /// What a Dutch reader must not meet: every sentence (five words or more) of the notebooks'
    /// English markdown outside the report's quotes and code, and every English word of the site
    /// whose Dutch differs, and the English titles and labels that have a Dutch form.
    /// </summary>
    private static IReadOnlyList<string> EnglishSentences()
    {
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in PublishedArtifacts.CommittedNotebooks())
            foreach (var cell in NotebookDocument.Read(path).Cells.Where(c => c.Kind == "markdown"))
            {
                var source = Regex.Replace(cell.Source, "```.*?```", " ", RegexOptions.Singleline); // commands are not English
                var prose = string.Join(" ", source.Split('\n').Where(l => !l.TrimStart().StartsWith('>') && !l.StartsWith('|')));
                prose = Regex.Replace(Regex.Replace(prose, "`[^`]*`|\\*\\*|\\*|#+ ", " "), @"\s+", " ");
                foreach (var s in Regex.Split(prose, @"(?<=[.:;?!])\s+|\s+[—–-]\s+|\(|\)"))
                    if (s.Trim().Split(' ').Length >= 5) sentences.Add(s.Trim().TrimEnd('.', ':', ';', ','));
            }
        // The switch names the other language, in that language: "Nederlands" on an English page is meant.
        foreach (var property in typeof(SiteText).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(SiteText.LanguageSwitch)))
        {
            var (en, nl) = ((string)property.GetValue(SiteText.English)!, (string)property.GetValue(SiteText.Dutch)!);
            if (en != nl && en.Any(char.IsLetter) && en.Length >= 5) sentences.Add(en);
        }
        foreach (var file in Directory.GetFiles(Repo.PathOf("notebooks", "nl"), "*.json"))
            foreach (var (en, nl) in NotebookStrings.Read(file))
                if (en != nl && en.Split(' ').Length >= 3) sentences.Add(en);
        return sentences.ToList();
    }

    /// <summary>The text a reader sees: no scripts, styles, folded code or markup; entities decoded; spaces collapsed.</summary>
    private static string VisibleText(string html)
    {
        html = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>|<details class=\"cf-code\".*?</details>", " ", RegexOptions.Singleline);
        return Normalise(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")));
    }

    /// <summary>A whole-word match: "synthetic" in a path (data/synthetic/…) or in another word is not English prose.</summary>
    private static bool Contains(string text, string sentence) =>
        text.Contains(sentence, StringComparison.Ordinal) &&
        Regex.IsMatch(text, $@"(?<![\w/]){Regex.Escape(sentence)}(?![\w/])");

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ");

    [GeneratedRegex("<a class=\"cf-language\" href=\"(?<href>[^\"]+)\" hreflang=\"(?<lang>[a-z]+)\"")]
    private static partial Regex LanguageSwitch();
}
