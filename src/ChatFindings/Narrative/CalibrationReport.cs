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
        var results = CalibrationTargets.All.Select(t => t.Evaluate(conversations)).ToList();
        var table = NarrativeText.Table(
            ["Target", "Source", "Accepted", "Synthetic data", "Met"],
            results.Select(r => (IReadOnlyList<string>)
            [
                r.Target.Description, r.Target.Source,
                $"{Format(r.Low, r.Target.IsCount)} – {Format(r.High, r.Target.IsCount)}",
                Format(r.Value, r.Target.IsCount),
                r.Holds ? "yes" : "**no**",
            ]));
        var met = results.Count(r => r.Holds);
        return new NarrativeText($"{met} of {results.Count} calibration targets are met by this synthetic data set.\n\n{table.Markdown}");
    }

    private static string Format(double value, bool isCount) => isCount
        ? Math.Round(value).ToString("N0", CultureInfo.InvariantCulture)
        : value <= 1 ? (100 * value).ToString("0.#", CultureInfo.InvariantCulture) + "%" : value.ToString("0.#", CultureInfo.InvariantCulture);
}
