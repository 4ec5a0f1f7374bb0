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
        Assert.Equal(count, new DisclosedCount(1380, Policy).ToString());
        Assert.Equal(percent, Claim.FormatValue(12.5, "%"));
        Assert.Equal(ratio, Claim.FormatValue(1.87, "ratio"));
        Assert.Equal(points, Claim.FormatValue(12.5, "pp"));
        Assert.Equal(claimValue, ClaimsTable.Number("1380.5", SiteText.For(language)));
    }

    [Theory]
    [InlineData(Language.English, "33% (95% CI 31–36%)", "all but <10", "95% CI +5 to +19 points", "higher", "more than half")]
    [InlineData(Language.Dutch, "33% (95%-BI 31–36%)", "op <10 na alle", "95%-BI +5 tot +19 procentpunten", "hoger", "meer dan de helft")]
    public void Shares_intervals_and_withheld_counts_read_in_the_edition(Language language, string share, string allBut, string difference, string higher, string moreThanHalf)
    {
        using var _ = new LanguageScope(language);
        // 400 of 1200: Wilson 95% interval 30.7% to 36.1%.
        Assert.Equal(share, new DisclosedShare(400, 1200, Policy).ToString());
        Assert.Equal(allBut, new DisclosedCount(1375, Policy, Rest: 5).ToString());
        Assert.Equal("<10", new DisclosedCount(4, Policy).ToString()); // the marker is the same in both
        Assert.Equal(difference, new ProportionInterval(0.05, 0.19, 0.95, NewcombeInterval.Method).DifferenceText());
        Assert.Equal(higher, new ShareDifference(new DisclosedShare(300, 400, Policy), new DisclosedShare(100, 400, Policy)).Word.ToString());
        Assert.Equal(moreThanHalf, ComparisonWord.AgainstHalf(new DisclosedShare(300, 400, Policy)).ToString());
    }

    private static readonly DisclosurePolicy Policy = new(10);

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
        Assert.Equal("niet bevestigd", SiteText.Dutch.Status("not_borne_out", null));
        Assert.Equal("onbeslist", SiteText.Dutch.Status("inconclusive", null));
        Assert.Equal("bevestigd", SiteText.Dutch.Status(null, true));
        Assert.Equal("not borne out", SiteText.English.Status(null, false));
        Assert.Equal("bijna", SiteText.Dutch.Comparison("nearly"));
        Assert.Equal("2 uitspraken", SiteText.Dutch.ClaimCount(2));
        Assert.Equal("1 claim", SiteText.English.ClaimCount(1));
        Assert.Equal("55,1 tot 69,4 (95%, Wilson-score)", new ClaimInterval("55.1", "69.4", 0.95, WilsonInterval.Method).Text(SiteText.Dutch));
        Assert.Equal("55.1 to 69.4 (95%, Wilson score)", new ClaimInterval("55.1", "69.4", 0.95, WilsonInterval.Method).Text(SiteText.English));
    }
}

/// <summary>Makes a language current for a test and puts English back after it.</summary>
internal sealed class LanguageScope : IDisposable
{
    public LanguageScope(Language language) => Languages.Use(language, NotebookStrings.None);
    public void Dispose() => Languages.Use(Language.English, NotebookStrings.None);
}
