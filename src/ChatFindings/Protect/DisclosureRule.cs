using System.Globalization;

namespace ChatFindings;

/// <summary>The disclosure rule: which counts are too small to publish, and the rule in words.</summary>
public static class DisclosureRule
{
    /// <summary>
    /// The threshold rule itself: a count from 1 to minCell - 1 could point at a person. Zero points
    /// at nobody. Tables, narrative counts and claims all decide with this one test.
    /// </summary>
    public static bool IsSmall(int count, int minCell) => count > 0 && count < minCell;

    /// <summary>A short explanation of the rule for a given threshold.</summary>
    public static string Describe(int minCell)
    {
        if (minCell < 1) throw new ArgumentOutOfRangeException(nameof(minCell), minCell, "The threshold must be at least 1.");
        var n = minCell.ToString(CultureInfo.InvariantCulture);
        var below = (minCell - 1).ToString(CultureInfo.InvariantCulture);
        if (minCell == 1) return Languages.Pick("No count is hidden in these tables: the disclosure threshold is 1.",
            "In deze tabellen is geen aantal verborgen: de onthullingsdrempel is 1.");
        return Languages.Pick(
            $"These tables are built from conversations with children and young people. A count of 1 to {below} " +
            $"conversations could point at a person, so it is not shown; totals included. Where a hidden count could " +
            "still be worked out by subtracting the shown counts from a total, other counts in the same row or " +
            "column are hidden too, hiding as little as possible, so that no hidden count can be recomputed and the " +
            $"hidden counts of a row or column together are never fewer than {n}. Every hidden count is shown the " +
            $"same way, as \"<{n}\", whether it is small itself or hidden to protect a small one: marking them " +
            "differently would tell which ones are small. Zeros are shown: a zero points at nobody. A percentage is " +
            "hidden when the count or the total it is based on is hidden. Where a conversation can name several " +
            "categories (exploiters, online platforms) it counts in each, so those rows add up to more than the " +
            "total; the tables are protected as if they added up, which is the more cautious reading.",
            $"Deze tabellen zijn gemaakt van gesprekken met kinderen en jongeren. Een aantal van 1 tot en met {below} " +
            "gesprekken zou naar een persoon kunnen wijzen en wordt daarom niet getoond, totalen inbegrepen. Waar een verborgen " +
            "aantal nog te berekenen zou zijn door de getoonde aantallen van een totaal af te trekken, worden ook andere aantallen " +
            "in dezelfde rij of kolom verborgen, zo weinig mogelijk, zodat geen verborgen aantal terug te rekenen is en de " +
            $"verborgen aantallen van een rij of kolom samen nooit minder dan {n} zijn. Elk verborgen aantal wordt op dezelfde " +
            $"manier getoond, als \"<{n}\", of het nu zelf klein is of verborgen om een klein aantal te beschermen: een ander " +
            "teken zou verraden welke klein zijn. Nullen worden getoond: een nul wijst naar niemand. Een percentage wordt " +
            "verborgen als het aantal of het totaal waarop het berust verborgen is. Waar een gesprek meerdere categorieën kan " +
            "noemen (daders, online platforms) telt het in elk daarvan mee, zodat die rijen samen meer zijn dan het totaal; de " +
            "tabellen zijn beschermd alsof ze wel optellen, wat de voorzichtigere lezing is.");
    }

    /// <summary>The one-line note a protected table carries.</summary>
    internal static string TableNote(int minCell)
    {
        var n = minCell.ToString(CultureInfo.InvariantCulture);
        return Languages.Pick(
            $"<{n}: hidden, because the count is below {n} or because it would let such a count be worked out from the totals.",
            $"<{n}: verborgen, omdat het aantal onder {n} ligt of omdat zo'n aantal anders uit de totalen te berekenen zou zijn.");
    }
}
