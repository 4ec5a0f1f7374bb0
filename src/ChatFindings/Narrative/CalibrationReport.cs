using System.Globalization;
using ChatFindings.Synthetic;

namespace ChatFindings;

/// <summary>
/// How the synthetic data lands on each calibration target (its source, accepted range and value),
/// for the methods notebook. Only for synthetic data: on real data the values would be unprotected
/// counts of real conversations, so the report declines and says why.
/// </summary>
public static class CalibrationReport
{
    public static NarrativeText For(Dataset data)
    {
        if (!data.Source.IsSynthetic)
            return new NarrativeText("*Not shown: the input is real data. Calibration describes how the synthetic data was made; " +
                                     "on real data the same measures would be unprotected counts of real conversations.*");
        var conversations = data.Conversations;
        // Each target is a pass over every row: on a large data set they share the cores (in target order).
        var results = CalibrationTargets.All.AsParallel().AsOrdered().Select(t => t.Evaluate(conversations)).ToList();
        var table = NarrativeText.Table(
            [Languages.Pick("Target", "Doel"), Languages.Pick("Source", "Bron"), Languages.Pick("Accepted", "Toegestaan"), Languages.Pick("Synthetic data", "Synthetische gegevens"), Languages.Pick("Met", "Gehaald")],
            results.Select(r => (IReadOnlyList<string>)
            [
                // The targets are written in English; their Dutch forms are in notebooks/nl/strings.nl.json.
                Languages.Text(r.Target.Description), Languages.Text(r.Target.Source),
                $"{Format(r.Low, r.Target.IsCount)} – {Format(r.High, r.Target.IsCount)}",
                Format(r.Value, r.Target.IsCount),
                r.Holds ? Languages.Pick("yes", "ja") : Languages.Pick("**no**", "**nee**"),
            ]));
        var met = results.Count(r => r.Holds);
        return new NarrativeText(Languages.Pick($"{met} of {results.Count} calibration targets are met by this synthetic data set.", $"{met} van de {results.Count} kalibratiedoelen worden door deze synthetische gegevens gehaald.") + $"\n\n{table.Markdown}");
    }

    private static string Format(double value, bool isCount) => isCount
        ? Math.Round(value).ToString("N0", Languages.Culture)
        : value <= 1 ? (100 * value).ToString("0.#", Languages.Culture) + "%" : value.ToString("0.#", Languages.Culture);
}
