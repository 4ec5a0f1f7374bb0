using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Findings;

public class PublishedFigureTextTests
{
    private static PublishedFigure Figure(double? value, FigureUnit unit, FigureQualifier? qualifier = FigureQualifier.Exact, bool derived = false) =>
        new(ReferencePeriod.Parse("2019"), "m", value, unit, qualifier, derived, "wording", "source", null, 2);

    [Theory]
    [InlineData(101.0, FigureUnit.Count, FigureQualifier.Exact, false, "101")]
    [InlineData(1380.0, FigureUnit.Count, FigureQualifier.About, false, "about 1,380")]
    [InlineData(61.0, FigureUnit.Percent, FigureQualifier.Exact, false, "61%")]
    [InlineData(14.3, FigureUnit.Percent, FigureQualifier.About, true, "about 14.3% (derived)")]
    [InlineData(4.0, FigureUnit.Years, FigureQualifier.Exact, false, "4 years")]
    [InlineData(1.0, FigureUnit.Years, FigureQualifier.Exact, false, "1 year")]
    [InlineData(2.0, FigureUnit.Ratio, FigureQualifier.Over, false, "over 2.0×")]
    [InlineData(600.0, FigureUnit.Count, FigureQualifier.Nearly, false, "nearly 600")]
    public void ValueText_gives_the_figure_with_unit_and_qualifier(double value, FigureUnit unit, FigureQualifier qualifier, bool derived, string expected) =>
        Assert.Equal(expected, Figure(value, unit, qualifier, derived).ValueText());

    [Fact]
    public void A_gap_is_said_to_be_a_gap() =>
        Assert.Equal("no figure published", Figure(null, FigureUnit.Percent, null).ValueText());

    [Fact]
    public void The_client_study_table_has_one_row_per_reference_record_in_file_order()
    {
        var figures = Repo.Reference.ClientStudy;
        var lines = PublishedFigureText.Table(figures, "Client study").Markdown.Split('\n');
        Assert.Equal(figures.Count + 2, lines.Length); // header, rule, rows
        Assert.StartsWith("| Client study | Value | Period | Note | Source |", lines[0]);
        for (var i = 0; i < figures.Count; i++)
        {
            Assert.Contains(figures[i].Wording!.Replace("|", "\\|"), lines[i + 2]);
            Assert.Contains("| " + figures[i].ValueText() + " |", lines[i + 2]);
        }
    }
}
