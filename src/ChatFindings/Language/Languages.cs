using System.Globalization;

namespace ChatFindings;

/// <summary>The two editions: English (the default) and Dutch, the report's own language.</summary>
public enum Language { English, Dutch }

/// <summary>
/// The language code-written output comes out in: narrative (<c>study.Say(en:, nl:)</c>), table and
/// chart titles, category labels (the codebook's <c>label_nl</c>), notes, markers and numbers. Set
/// for the process by <see cref="NotebookSession.Start(string)"/> from CHATFINDINGS_LANG (publish
/// runs the notebooks once per language, one after another, so one process-wide setting is safe).
/// </summary>
public static class Languages
{
    public const string Variable = "CHATFINDINGS_LANG";

    public static Language Current { get; private set; } = Language.English;

    /// <summary>The culture numbers are written in: invariant for English ("1,380", "12.5%"), Dutch conventions for Dutch ("1.380", "12,5%").</summary>
    public static CultureInfo Culture => Current == Language.Dutch ? DutchCulture.Instance : CultureInfo.InvariantCulture;

    /// <summary>The text of the current language; the two forms sit side by side where the text is written.</summary>
    public static string Pick(string en, string nl) => Current == Language.Dutch ? nl : en;

    /// <summary>"en" or "nl".</summary>
    public static string Code(this Language language) => language == Language.Dutch ? "nl" : "en";

    /// <summary>The language of a code ("en", "nl"); unset or empty is English.</summary>
    public static Language Parse(string? code) => code switch
    {
        null or "" or "en" => Language.English,
        "nl" => Language.Dutch,
        _ => throw new ArgumentException($"{Variable}='{code}' must be 'en' or 'nl'."),
    };

    /// <summary>Makes <paramref name="language"/> current, its culture the thread's (so <c>$"{n:N0}"</c> in a notebook follows it), and loads the notebook's Dutch strings.</summary>
    internal static void Use(Language language, NotebookStrings strings)
    {
        Current = language;
        Strings = strings;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = Culture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture;
    }

    internal static NotebookStrings Strings { get; private set; } = NotebookStrings.None;

    /// <summary>
    /// A title or label a notebook wrote in English, in the current language: its Dutch form from
    /// the notebook's translation file (notebooks/nl/&lt;notebook&gt;.nl.json, "strings"), so code
    /// cells stay as they are. A missing Dutch form fails a Dutch publish, naming the text.
    /// </summary>
    public static string Text(string english) => Current == Language.Dutch ? Strings.Dutch(english) : english;

    /// <summary>As <see cref="Text"/>, but text without a Dutch form (a year, a number) stays as it is.</summary>
    public static string TextOrSame(string english) => Current == Language.Dutch ? Strings.DutchOrSame(english) : english;
}
