using System.Globalization;
using ChatFindings.Cli.Site;

namespace ChatFindings.Tests.Editions;

/// <summary>
/// Numbers in both editions, by worked examples: English "1,380" and "12.5%", Dutch "1.380" and
/// "12,5%", with Dutch month names. Switching the language is process-wide, so these run alone.
/// </summary>
[Collection(EndToEnd.ProcessStateCollection.Name)]
public class NumberFormattingTests
{
    [Theory]
    [InlineData(Language.English, "1,380", "12.5%", "1.87×", "+12.5 pp", "1,380.5")]
    [InlineData(Language.Dutch, "1.380", "12,5%", "1,87×", "+12,5 procentpunt", "1.380,5")]
    public void Counts_shares_ratios_and_differences_follow_the_edition(Language language, string count, string percent, string ratio, string points, string claimValue)
    {
        using var _ = new LanguageScope(language);
        Assert.Equal(count, new DisclosedCount(1380, 10).ToString());
        Assert.Equal(percent, Claim.FormatValue(12.5, "%"));
        Assert.Equal(ratio, Claim.FormatValue(1.87, "ratio"));
        Assert.Equal(points, Claim.FormatValue(12.5, "pp"));
        Assert.Equal(claimValue, ClaimsTable.Number("1380.5", SiteText.For(language)));
    }

    [Theory]
    [InlineData(Language.English, "33%", "all but <10")]
    [InlineData(Language.Dutch, "33%", "op <10 na alle")]
    public void Shares_and_withheld_counts_read_in_the_edition(Language language, string share, string allBut)
    {
        using var _ = new LanguageScope(language);
        Assert.Equal(share, new DisclosedShare(400, 1200, 10).ToString());
        Assert.Equal(allBut, new DisclosedCount(1375, 10, Rest: 5).ToString());
        Assert.Equal("<10", new DisclosedCount(4, 10).ToString()); // the marker is the same in both
    }

    [Fact]
    public void Dutch_dates_and_numbers_without_ICU()
    {
        // The project runs with invariant globalization: the Dutch conventions are built, not looked up.
        var nl = DutchCulture.Instance;
        Assert.Equal("10 december 2024", new DateTime(2024, 12, 10).ToString("D", nl));
        Assert.Equal("1.234.567,89", 1234567.891.ToString("N2", nl));
        Assert.Equal("12,5%", 0.125.ToString("P1", nl));
        Assert.Equal("1,234,567.89", 1234567.891.ToString("N2", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_notebook_cell_formatting_with_the_current_culture_follows_the_edition()
    {
        // Code in a notebook writes $"{n:N0}" without a culture: the session's language sets it.
        using (new LanguageScope(Language.Dutch)) Assert.Equal("1.380", $"{1380:N0}");
        using (new LanguageScope(Language.English)) Assert.Equal("1,380", $"{1380:N0}");
    }

    [Fact]
    public void Site_words_and_claim_status_exist_in_both_editions()
    {
        Assert.Equal("klopt niet", SiteText.Dutch.Status(false));
        Assert.Equal("does not hold", SiteText.English.Status(false));
        Assert.Equal("bijna", SiteText.Dutch.Comparison("nearly"));
        Assert.Equal("2 uitspraken: 1 klopt, 1 klopt niet", SiteText.Dutch.ClaimCounts(2, 1, 1, 0));
        Assert.Equal("2 claims: 1 holds, 1 does not hold", SiteText.English.ClaimCounts(2, 1, 1, 0));
    }
}

/// <summary>Makes a language current for a test and puts English back after it.</summary>
internal sealed class LanguageScope : IDisposable
{
    public LanguageScope(Language language) => Languages.Use(language, NotebookStrings.None);
    public void Dispose() => Languages.Use(Language.English, NotebookStrings.None);
}
