using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Reference;

/// <summary>
/// Every quote of the report is the news text's own words: the quotes file holds its sentences,
/// the claims register and the notebooks quote spans of them, and a whole-sentence quote's English
/// is the file's translation of it and nothing more.
/// </summary>
public class ReportQuotesTests
{
    private static readonly ReportQuotes Quotes = ReportQuotes.Load(Repo.PathOf("data", "reference"));

    [Fact]
    public void Every_Dutch_statement_of_the_claims_register_is_a_verbatim_span_with_its_own_translation()
    {
        foreach (var claim in ClaimRegister.All)
        {
            Assert.True(Quotes.IsVerbatim(claim.StatementNl), $"{claim.Id}: not verbatim: {claim.StatementNl}");
            var sentences = Quotes.WholeSentences(claim.StatementNl);
            Assert.NotNull(sentences);
            Assert.Equal(string.Join(" ", sentences!.Select(s => s.English)), claim.Statement);
        }
    }

    [Fact]
    public void Every_quoted_sentence_is_verbatim_in_the_news_text_when_a_copy_is_at_hand()
    {
        // CI keeps the shared folder beside the clone; elsewhere the quotes file is the repository's source.
        var seed = Path.Combine(Repo.Root, "..", "shared", "seeds", "000_cb83516d19c84a00.txt");
        if (!File.Exists(seed)) seed = "/work/shared/seeds/000_cb83516d19c84a00.txt";
        if (!File.Exists(seed)) return;
        var text = File.ReadAllText(seed);
        Assert.All(Quotes.All, q => Assert.Contains(q.Dutch, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_notebook_quote_is_verbatim_and_a_whole_sentence_quote_carries_its_translation()
    {
        var checkedQuotes = 0;
        foreach (var path in Directory.GetFiles(Repo.PathOf("notebooks"), "*.ipynb"))
        {
            var name = Path.GetFileName(path);
            foreach (var cell in JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray())
            {
                if ((string?)cell!["cell_type"] != "markdown") continue;
                var lines = string.Concat(cell["source"]!.AsArray().Select(l => (string?)l)).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (!lines[i].StartsWith("> *", StringComparison.Ordinal)) continue;
                    var dutch = lines[i].TrimEnd()[3..^1];
                    Assert.True(Quotes.IsVerbatim(dutch), $"{name}: not a verbatim span of report_quotes.csv: {dutch}");
                    checkedQuotes++;
                    if (Quotes.WholeSentences(dutch) is not { } sentences) continue;
                    var english = lines.Skip(i + 1).FirstOrDefault(l => l.StartsWith("> ", StringComparison.Ordinal) && !l.StartsWith("> *", StringComparison.Ordinal));
                    // Editorial insertions in [square brackets] are the only words allowed beyond the translation.
                    static string? Bare(string? t) => t is null ? null : System.Text.RegularExpressions.Regex.Replace(t, @" ?\[[^\]]*\]", "");
                    Assert.Equal(Bare($"> {string.Join(" ", sentences.Select(s => s.English))}"), Bare(english));
                }
            }
        }
        Assert.True(checkedQuotes >= 10, $"only {checkedQuotes} quotes found in the notebooks");
    }

    [Theory]
    [InlineData("In die periode kwamen bijna zeshonderd minderjarige slachtoffers van seksuele of criminele uitbuiting op de chat, meldt het CKM.", true)]
    [InlineData("In die periode [2019–2023] kwamen bijna zeshonderd … op de chat", true)]
    [InlineData("een onderzoek … naar het betrekken van de sociale leefomgeving", true)]
    // The rebuilt F7 line the issue found: no such sentence in the news text.
    [InlineData("De eerste reactie van de omgeving op het vertellen over de uitbuitingssituatie kan zeer bepalend zijn voor het vervolgtraject van slachtoffers.", false)]
    [InlineData("Verder moet er een doelgerichte strategie komen", false)]
    [InlineData("op de chat … In die periode", false)]   // pieces out of order
    public void A_quote_with_cuts_and_insertions_is_checked_piece_by_piece(string quote, bool verbatim) =>
        Assert.Equal(verbatim, Quotes.IsVerbatim(quote));

    [Fact]
    public void The_head_of_the_CKM_is_named_with_his_role() =>
        Assert.Equal(3, Quotes.All.Count(q => q.AttributedTo == "Shamir Ceuleers, hoofd van het CKM"));

    [Fact]
    public void The_summary_quotes_every_recommendation_of_the_news_text_verbatim()
    {
        var markdown = string.Concat(JsonNode.Parse(File.ReadAllText(Repo.PathOf("notebooks", "08-summary.ipynb")))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "markdown")
            .SelectMany(c => c!["source"]!.AsArray().Select(l => (string?)l)));
        var spans = System.Text.RegularExpressions.Regex.Matches(markdown, "\\*\"(.+?)\"\\*").Select(m => m.Groups[1].Value).ToList();
        Assert.All(spans, span => Assert.True(Quotes.IsVerbatim(span), $"not verbatim: {span}"));
        // Platforms and legislation; parents as perpetrators; a targeted strategy; the follow-up study; the study of the social environment.
        foreach (var id in new[] { "f4_platforms", "parents_knowledge", "f6_strategy", "f6_follow_up_study", "f7_social_environment_study" })
            Assert.Contains(spans, span => ReportQuotes.IsVerbatimSpan(span, Quotes.Get(id).Dutch));
        Assert.Contains("> *" + Quotes.Get("recommendations_repeated").Dutch + "*", markdown);
    }
}
