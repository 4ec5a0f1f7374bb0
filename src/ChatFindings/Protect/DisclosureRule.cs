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
            "conversations could point at a person, so it is not shown; totals included. Other counts are hidden too, " +
            "as few and as small as possible, so that no hidden count can be worked out or even narrowed down from " +
            $"the shown ones: for every hidden count, the smallest and largest value that agrees with every shown " +
            $"count and total of the same group of conversations (in this table and in every other table of that " +
            $"group, in any notebook), and with no count being negative, must leave at least {n} possible values " +
            $"(largest − smallest + 1 ≥ {n}). This is interval protection, as in the Handbook on Statistical " +
            "Disclosure Control (Hundepool et al., 2nd ed. 2024) and its tools tau-Argus and sdcTable; the bounds are " +
            "computed by linear programming (in whole numbers where tables are linked), and exact recovery is the case of a single value. In a row or column " +
            $"whose total is shown, the hidden counts together are never fewer than {n}. Every hidden count is shown " +
            $"the same way, as \"<{n}\", whether it is small itself or hidden to protect a small one: marking them " +
            "differently would tell which ones are small. Zeros are shown: a zero points at nobody. A percentage is " +
            "hidden when the count or the total it is based on is hidden. Where a conversation can name several " +
            "categories (exploiters, online platforms) it counts in each, so those rows add up to more than the " +
            "total; the bounds then use only what is true of such rows: each is at most the total, and together " +
            "they are at least the total. Counts in the text are held to the same rule: a count of a group is shown only " +
            "when, added to what the group's tables show, it narrows no hidden count; otherwise the text says \"a hidden number\".",
            $"Deze tabellen zijn gemaakt van gesprekken met kinderen en jongeren. Een aantal van 1 tot en met {below} " +
            "gesprekken zou naar een persoon kunnen wijzen en wordt daarom niet getoond, totalen inbegrepen. Ook andere aantallen " +
            "worden verborgen, zo weinig en zo klein mogelijk, zodat geen verborgen aantal uit de getoonde aantallen te berekenen " +
            "of zelfs maar te benaderen is: voor elk verborgen aantal moeten de kleinste en de grootste waarde die kloppen met alle " +
            "getoonde aantallen en totalen van dezelfde groep gesprekken (in deze tabel en in elke andere tabel van die groep, in " +
            $"welk notebook ook), en met de eis dat geen aantal negatief is, ten minste {n} mogelijke waarden openlaten " +
            $"(grootste − kleinste + 1 ≥ {n}). Dit is intervalbescherming, zoals in het Handbook on Statistical Disclosure Control " +
            "(Hundepool e.a., 2e druk 2024) en de programma's tau-Argus en sdcTable; de grenzen worden berekend met lineaire " +
            "programmering (in gehele getallen waar tabellen samenhangen), en exact terugrekenen is het geval van één enkele waarde. In een rij of kolom waarvan het totaal wordt " +
            $"getoond, zijn de verborgen aantallen samen nooit minder dan {n}. Elk verborgen aantal wordt op dezelfde manier " +
            $"getoond, als \"<{n}\", of het nu zelf klein is of verborgen om een klein aantal te beschermen: een ander teken zou " +
            "verraden welke klein zijn. Nullen worden getoond: een nul wijst naar niemand. Een percentage wordt verborgen als het " +
            "aantal of het totaal waarop het berust verborgen is. Waar een gesprek meerdere categorieën kan noemen (daders, online " +
            "platforms) telt het in elk daarvan mee, zodat die rijen samen meer zijn dan het totaal; de grenzen gebruiken dan alleen " +
            "wat voor zulke rijen waar is: elk is hoogstens het totaal, en samen zijn ze minstens het totaal. Aantallen in de tekst " +
            "volgen dezelfde regel: een aantal van een groep staat er alleen als het, samen met wat de tabellen van die groep tonen, " +
            "geen verborgen aantal benadert; anders staat er \"een verborgen aantal\".");
    }

    /// <summary>The one-line note a protected table carries.</summary>
    internal static string TableNote(int minCell)
    {
        var n = minCell.ToString(CultureInfo.InvariantCulture);
        return Languages.Pick(
            $"<{n}: hidden, because the count is below {n} or because it would let such a count be worked out or narrowed down from the totals.",
            $"<{n}: verborgen, omdat het aantal onder {n} ligt of omdat zo'n aantal anders uit de totalen te berekenen of te benaderen zou zijn.");
    }
}
