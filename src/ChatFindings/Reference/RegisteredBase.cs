namespace ChatFindings;

/// <summary>
/// A count of formally registered victims that the chat's count can be set against (F2). The report
/// does not say which base it used for "more than twice", so the notebook shows every candidate.
/// </summary>
public sealed record RegisteredBase(string Name, int Count, bool Derived, string Explanation)
{
    /// <summary>
    /// The candidates for 2019–2023, like-for-like first: registered minors in sexual or criminal
    /// exploitation (the forms the chat's F1 group covers), then all registered minors (published
    /// total, and the sum of its forms, which disagrees with it), then all ages for context.
    /// </summary>
    public static IReadOnlyList<RegisteredBase> Candidates(ReferenceFigures reference)
    {
        const string period = "2019-2023";
        int Get(RegisteredAgeGroup age, RegisteredForm form) =>
            reference.Registered(period, age, form) ?? throw new InvalidOperationException($"The reference data has no count for {period}, {age}, {form}.");

        int sexual = Get(RegisteredAgeGroup.Minor, RegisteredForm.Sexual), criminal = Get(RegisteredAgeGroup.Minor, RegisteredForm.Criminal);
        int labour = Get(RegisteredAgeGroup.Minor, RegisteredForm.Labour), unknown = Get(RegisteredAgeGroup.Minor, RegisteredForm.Unknown);
        var minors = Get(RegisteredAgeGroup.Minor, RegisteredForm.AllForms);
        return
        [
            new(Languages.Pick("Registered minors, sexual or criminal exploitation", "Geregistreerde minderjarigen, seksuele of criminele uitbuiting"), sexual + criminal, true,
                Languages.Pick($"{sexual:N0} sexual + {criminal:N0} criminal: the same forms as the chat's F1 group (like for like).",
                    $"{sexual:N0} seksuele + {criminal:N0} criminele uitbuiting: dezelfde vormen als de F1-groep van de chat (gelijk met gelijk).")),
            new(Languages.Pick("Registered minors, all forms (published total)", "Geregistreerde minderjarigen, alle vormen (gepubliceerd totaal)"), minors, false,
                Languages.Pick("The total the source publishes; it calls it minors with a known form, yet its split includes 45 of unknown form: read here as all registered minors.",
                    "Het totaal dat de bron publiceert; de bron noemt het minderjarigen met een bekende vorm, maar de uitsplitsing bevat 45 met een onbekende vorm: hier gelezen als alle geregistreerde minderjarigen.")),
            new(Languages.Pick("Registered minors, sum of the four forms", "Geregistreerde minderjarigen, som van de vier vormen"), sexual + criminal + labour + unknown, true,
                Languages.Pick($"{sexual} + {criminal} + {labour} + {unknown}; the source's total says {minors:N0}: the source is inconsistent.",
                    $"{sexual} + {criminal} + {labour} + {unknown}; het totaal van de bron is {minors:N0}: de bron is niet consistent.")),
            new(Languages.Pick("All registered possible victims, all ages", "Alle geregistreerde mogelijke slachtoffers, alle leeftijden"), Get(RegisteredAgeGroup.AllAges, RegisteredForm.AllForms), false,
                Languages.Pick("Context only: adults included.", "Alleen ter vergelijking: volwassenen inbegrepen.")),
        ];
    }

    /// <summary>The base this project names for claim F2: like for like.</summary>
    public static RegisteredBase Named(ReferenceFigures reference) => Candidates(reference)[0];
}
