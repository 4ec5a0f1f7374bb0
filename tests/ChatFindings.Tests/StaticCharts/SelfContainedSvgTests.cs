using ChatFindings.Cli.StaticCharts;

namespace ChatFindings.Tests.StaticCharts;

public class SelfContainedSvgTests
{
    private const string Open = "<svg class=\"main-svg\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">";

    [Fact]
    public void An_unused_xlink_namespace_is_dropped()
    {
        var svg = SelfContainedSvg.Clean(Open + "<rect style=\"fill: url('#p1')\" clip-path=\"url(#clip1)\"/></svg>", "chart 1");
        Assert.DoesNotContain("xlink", svg);
        Assert.Contains("url('#p1')", svg);
    }

    [Fact]
    public void A_used_xlink_namespace_is_kept()
    {
        var svg = SelfContainedSvg.Clean(Open + "<use xlink:href=\"#a\"/></svg>", "chart 1");
        Assert.Contains("xmlns:xlink", svg);
    }

    [Theory]
    [InlineData("<image href=\"https://example.org/a.png\"/>")]
    [InlineData("<image xlink:href=\"file:///etc/passwd\"/>")]
    [InlineData("<rect style=\"fill: url(https://example.org/p.svg#x)\"/>")]
    [InlineData("<style>@import 'https://example.org/s.css';</style>")]
    [InlineData("<style>@font-face { font-family: X; src: local(X); }</style>")]
    public void A_reference_outside_the_image_is_refused_naming_the_chart(string element)
    {
        var e = Assert.Throws<InvalidDataException>(() => SelfContainedSvg.Clean(Open + element + "</svg>", "nb.ipynb: chart 3"));
        Assert.Contains("nb.ipynb: chart 3", e.Message);
    }

    [Fact]
    public void Text_that_mentions_an_address_is_not_a_reference()
    {
        var svg = SelfContainedSvg.Clean(Open + "<text>Source: https://www.nji.nl/cijfers</text></svg>", "chart 1");
        Assert.Contains("https://www.nji.nl/cijfers", svg);
    }

    [Fact]
    public void Something_that_is_not_an_svg_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => SelfContainedSvg.Clean("data:image/svg+xml,%3Csvg", "chart 2"));
        Assert.Contains("chart 2", e.Message);
    }
}
