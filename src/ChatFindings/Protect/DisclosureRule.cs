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
        if (minCell == 1) return "No count is hidden in these tables: the disclosure threshold is 1.";
        return
            $"These tables are built from conversations with children and young people. A count of 1 to {below} " +
            "conversations could point at a person, so it is not shown; totals included. Other counts are hidden too, " +
            "as few and as small as possible, so that no hidden count can be worked out or even narrowed down from " +
            $"the shown ones: for every hidden count, the smallest and largest value that agrees with every shown " +
            $"count and total of the same group of conversations (in this table and in every other table of that " +
            $"group, in any notebook), and with no count being negative, must leave at least {n} possible values " +
            $"(largest − smallest + 1 ≥ {n}). This is interval protection, as in the Handbook on Statistical " +
            "Disclosure Control (Hundepool et al., 2nd ed. 2024) and its tools tau-Argus and sdcTable; the bounds are " +
            "computed by linear programming, and exact recovery is the case of a single value. In a row or column " +
            $"whose total is shown, the hidden counts together are never fewer than {n}. Every hidden count is shown " +
            $"the same way, as \"<{n}\", whether it is small itself or hidden to protect a small one: marking them " +
            "differently would tell which ones are small. Zeros are shown: a zero points at nobody. A percentage is " +
            "hidden when the count or the total it is based on is hidden. Where a conversation can name several " +
            "categories (exploiters, online platforms) it counts in each, so those rows add up to more than the " +
            "total; the bounds then use only what is true of such rows: each is at most the total, and together " +
            "they are at least the total.";
    }

    /// <summary>The one-line note a protected table carries.</summary>
    internal static string TableNote(int minCell)
    {
        var n = minCell.ToString(CultureInfo.InvariantCulture);
        return $"<{n}: hidden, because the count is below {n} or because it would let such a count be worked out or narrowed down from the totals.";
    }
}
