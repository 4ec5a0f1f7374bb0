using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Tests.Charts;

public class ChartFormattingTests
{
    private static Chart SampleChart() => Chart.From(new ChartData(
        "Duration of exploitation", "Duration", "Conversations",
        ["Less than a year", "1–2 years", "5 years or more"],
        [new ChartSeries("Minors", [41, null, 12])], "<10", note: "Synthetic data."));

    [Fact]
    public void A_chart_displays_as_plotly_json_and_as_an_html_table()
    {
        ChartFormatting.Register();
        var chart = SampleChart();

        var values = FormattedValue.CreateManyFromObject(chart);

        var mimeTypes = values.Select(v => v.MimeType).ToList();
        Assert.Contains("text/html", mimeTypes);
        Assert.Contains(Chart.PlotlyMimeType, mimeTypes);
        Assert.Equal(chart.FigureJson, values.Single(v => v.MimeType == Chart.PlotlyMimeType).Value);
        Assert.Equal(chart.ToHtml(), values.Single(v => v.MimeType == "text/html").Value);
    }

    [Fact]
    public void The_html_fallback_is_a_table_of_the_numbers_with_suppressed_values_as_their_label()
    {
        var html = SampleChart().ToHtml();

        Assert.Contains("<caption>Duration of exploitation</caption>", html);
        Assert.Contains("<th scope=\"row\">1–2 years</th><td class=\"num suppressed\">&lt;10</td>", html);
        Assert.Contains("<td class=\"num\">41</td>", html);
        Assert.Contains("<th scope=\"col\" class=\"num\">Minors</th>", html);
        Assert.Contains("Synthetic data.", html);
        Assert.DoesNotContain("<script", html);
    }
}
