using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.StaticCharts;

/// <summary>
/// One local page that draws figures with the inlined plotly.js and writes each as SVG text
/// (base64, so the DOM dump needs no unescaping) into the DOM, which the browser hands back
/// (<see cref="Browser.IBrowser.DumpDomAsync"/>). plotly.js names clip paths and patterns with Math.random; the page replaces it with
/// a generator seeded per notebook, so the same figures give the same SVG bytes on every run.
/// </summary>
internal static partial class ChartDrawingPage
{
    /// <summary>One figure to draw; <paramref name="Seed"/> (when set) reseeds the generator first.</summary>
    public sealed record Figure(string Json, uint? Seed);

    public static string Html(IReadOnlyList<Figure> figures, int width, int height)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>chart images</title>\n</head>\n<body>\n");
        html.Append("<div id=\"cf-results\"></div>\n");
        for (var i = 0; i < figures.Count; i++)
        {
            var seed = figures[i].Seed is { } s ? $" data-seed=\"{s.ToString(CultureInfo.InvariantCulture)}\"" : "";
            html.Append($"<script type=\"application/json\" class=\"cf-figure\"{seed}>")
                .Append(HtmlText.ScriptJson(figures[i].Json)).Append("</script>\n");
        }
        html.Append("<script>\n").Append(HtmlText.ScriptCode(ChatFindings.PlotlyLibrary.Script)).Append("\n</script>\n");
        html.Append("<script>\n")
            .Append(DriverScript.Replace("WIDTH", width.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("HEIGHT", height.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The SVG of each figure, in order, from the dumped DOM; throws naming every figure that failed.</summary>
    public static IReadOnlyList<string> ReadResults(string dom, IReadOnlyList<string> figureNames)
    {
        var expected = figureNames.Count;
        var done = Done().Match(dom);
        if (!done.Success)
            throw new InvalidDataException($"Chromium stopped before plotly.js had drawn all {expected} charts (from {figureNames[0]} on): the drawing page never finished");
        var svgs = new string?[expected];
        foreach (Match m in Svg().Matches(dom))
        {
            var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index < expected) svgs[index] = Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value));
        }
        var errors = Error().Matches(dom).Select(m => $"{figureNames[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]}: {WebUtility.HtmlDecode(m.Groups[2].Value)}").ToList();
        var missing = Enumerable.Range(0, expected).Where(i => svgs[i] is null).ToList();
        if (errors.Count > 0 || missing.Count > 0)
            throw new InvalidDataException($"plotly.js could not draw {missing.Count} of {expected} charts: " +
                string.Join("; ", errors.Count > 0 ? errors : missing.Select(i => figureNames[i] + ": no image came back")));
        return svgs!;
    }

    [GeneratedRegex("<div id=\"cf-results\" data-done=\"\\d+\"")]
    private static partial Regex Done();

    [GeneratedRegex("<pre id=\"cf-svg-(\\d+)\">([A-Za-z0-9+/=]*)</pre>")]
    private static partial Regex Svg();

    [GeneratedRegex("<pre id=\"cf-error-(\\d+)\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Error();

    // Figures are drawn one after another so the seeded generator is consumed in a fixed order.
    private const string DriverScript = """
        (function () {
          "use strict";
          var state = 1;
          Math.random = function () {
            var x = state; x ^= x << 13; x ^= x >>> 17; x ^= x << 5; state = x >>> 0;
            return state / 4294967296;
          };
          var out = document.getElementById("cf-results");
          var figures = Array.prototype.slice.call(document.querySelectorAll("script.cf-figure"));
          function put(id, text) { var pre = document.createElement("pre"); pre.id = id; pre.textContent = text; out.appendChild(pre); }
          function base64(text) { return btoa(unescape(encodeURIComponent(text))); }
          var chain = Promise.resolve();
          figures.forEach(function (script, i) {
            chain = chain.then(function () {
              if (script.hasAttribute("data-seed")) state = (Number(script.getAttribute("data-seed")) >>> 0) || 1;
              var figure = JSON.parse(script.textContent);
              var layout = figure.layout || {};
              return Plotly.toImage({ data: figure.data, layout: layout, config: figure.config || {} },
                  { format: "svg", width: layout.width || WIDTH, height: layout.height || HEIGHT, imageDataOnly: true })
                .then(function (svg) { put("cf-svg-" + i, base64(svg)); },
                      function (e) { put("cf-error-" + i, String((e && e.message) || e)); });
            });
          });
          chain.then(function () {
            // Drop the 3.6 MB library before Chromium serialises the DOM.
            Array.prototype.slice.call(document.querySelectorAll("script")).forEach(function (s) { s.remove(); });
            out.setAttribute("data-done", String(figures.length));
          });
        })();

        """;
}
