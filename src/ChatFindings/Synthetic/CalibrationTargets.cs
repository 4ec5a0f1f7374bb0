using static ChatFindings.Synthetic.ConversationMeasures;

namespace ChatFindings.Synthetic;

/// <summary>
/// Every figure the synthetic data is calibrated to, in one place: the measure on the generated
/// conversations, the accepted range, and its source in the brief (shared/docs/report-brief.md).
/// "Share" ranges are proportions of the rows with a known value; "count" ranges are for the
/// default 1,380 rows. Ranges are as wide as the brief's wording ("about", "nearly", "over").
/// Targets marked "shape" follow the brief's description of the data rather than one figure.
/// </summary>
public static class CalibrationTargets
{
    private const string Ckm2025 = "CKM study on parents, April 2025 (rd.nl)";
    private const string Anp2024 = "ANP news text on the CKM report, Dec 2024";
    private static string Yearly(int year) => $"Fier/CKM yearly report {year} ('Onzichtbare slachtoffers van mensenhandel in {year}')";

    public static IReadOnlyList<CalibrationTarget> All { get; } = Build();

    private static List<CalibrationTarget> Build()
    {
        var t = new List<CalibrationTarget>();

        void AddCount(string id, string description, string source, double low, double high, Func<Conversation, bool> where) =>
            t.Add(new(id, description, source, low, high, IsCount: true, data => ConversationMeasures.Count(data, where)));
        void AddShare(string id, string description, string source, double low, double high,
            Func<Conversation, bool> among, Func<Conversation, bool> what) =>
            t.Add(new(id, description, source, low, high, IsCount: false, data => ConversationMeasures.Share(data, among, what)));
        void AddValue(string id, string description, string source, double low, double high, Func<IReadOnlyList<Conversation>, double> measure) =>
            t.Add(new(id, description, source, low, high, IsCount: false, measure));

        static Func<Conversation, bool> In(int year) => c => c.Year == year;
        static Func<Conversation, bool> VictimsIn(int year) => c => c.Year == year && c.Reporter == Reporter.Victim;
        static Func<Conversation, bool> AgeKnownIn(int year) => c => c.Year == year && c.Age is not null;

        // Volume and years.
        AddCount("total", "conversations 2019-2023", $"'about 1,380 chats about trafficking', {Ckm2025}", 1360, 1400, _ => true);
        AddCount("year.2019", "conversations in 2019", $"'299 victims', {Yearly(2019)}", 297, 301, In(2019));
        AddCount("year.2020", "conversations in 2020", $"'283 unique visitors with a trafficking question', {Yearly(2020)}", 281, 285, In(2020));
        AddCount("year.2021", "conversations in 2021", $"'285 victims', {Yearly(2021)}", 283, 287, In(2021));
        AddCount("year.2022", "conversations in 2022", $"'229 visitors with a trafficking question', {Yearly(2022)}", 227, 231, In(2022));
        AddCount("year.2023", "conversations in 2023 (no published figure)",
            "derived: 1,380 - (299 + 283 + 285 + 229) = 284; 'no yearly figures found' for 2023 (brief)", 282, 286, In(2023));

        // Who reports.
        AddShare("reporter.self.2019", "share of 2019 conversations started by the victim", $"'89% contacted the chat themselves', {Yearly(2019)}",
            0.86, 0.92, In(2019), c => c.Reporter == Reporter.Victim);
        AddCount("reporter.victims.2020", "conversations started by the victim in 2020", $"'250 of them victims', {Yearly(2020)}", 247, 253, VictimsIn(2020));
        AddCount("reporter.victims.2022", "conversations started by the victim in 2022", $"'199 of them victims', {Yearly(2022)}", 196, 202, VictimsIn(2022));
        AddShare("reporter.third_party", "third-party reports are a minority (shape)", "derived: 11% (2019), 33 of 283 (2020), 30 of 229 (2022), yearly reports",
            0.08, 0.16, _ => true, c => c.Reporter == Reporter.ThirdParty);

        // F1: minor victims.
        AddCount("f1.minor_victims", "victims under 18 of sexual or criminal exploitation (F1)", $"'nearly 600 minor victims' ('bijna zeshonderd'), {Anp2024}",
            570, 599, IsMinorVictimOfSexualOrCriminal);
        AddShare("minors.2019", "share of minors, 2019", $"'about two thirds minors', {Yearly(2019)}", 0.62, 0.72, AgeKnownIn(2019), c => c.IsMinor);
        AddShare("minors.2020", "share of minors, 2020", $"'about 60% minors', {Yearly(2020)}", 0.55, 0.65, AgeKnownIn(2020), c => c.IsMinor);
        AddShare("minors.2022", "share of minors, 2022", $"'over 40% minors', {Yearly(2022)}", 0.40, 0.50, AgeKnownIn(2022), c => c.IsMinor);
        AddShare("age.le15.2019", "share aged 15 or younger, 2019", $"'over a quarter aged 15 or younger', {Yearly(2019)}",
            0.25, 0.40, AgeKnownIn(2019), c => c.Age <= 15);
        AddShare("age.le15.2020", "share aged 15 or younger, 2020", $"'20% aged 15 or younger', {Yearly(2020)}", 0.16, 0.24, AgeKnownIn(2020), c => c.Age <= 15);
        AddShare("age.lt15.2021", "share under 15, 2021", $"'about 1 in 5 under 15', {Yearly(2021)}", 0.16, 0.24, AgeKnownIn(2021), c => c.Age < 15);
        AddValue("age.min.2020", "youngest age, 2020", $"'ages 9-50', {Yearly(2020)}", 9, 11, d => Min(d, In(2020), c => c.Age));
        AddValue("age.max.2020", "oldest age, 2020", $"'ages 9-50', {Yearly(2020)}", 40, 50, d => Max(d, In(2020), c => c.Age));

        // Gender.
        AddShare("girls.2020", "share of girls among victims, 2020", $"'92.5% girls', {Yearly(2020)}", 0.895, 0.955,
            c => c.Year == 2020 && c.Reporter == Reporter.Victim && c.Gender is not null, c => c.Gender == Gender.Female);
        AddShare("girls", "most victims are girls (shape)", $"'92.5% girls', {Yearly(2020)}", 0.80, 0.97,
            c => c.Gender is not null, c => c.Gender == Gender.Female);

        // Forms of exploitation.
        AddShare("form.sexual.2020", "share of sexual exploitation among victims, 2020", $"'91.5% sexual', {Yearly(2020)}", 0.885, 0.945,
            VictimsIn(2020), c => c.ExploitationType == ExploitationType.Sexual);
        AddShare("form.criminal.2020", "share of criminal exploitation among victims, 2020", $"'about 4% criminal exploitation', {Yearly(2020)}", 0.02, 0.06,
            VictimsIn(2020), c => c.ExploitationType == ExploitationType.Criminal);
        AddShare("form.sexual", "sexual exploitation is the dominant form (shape)", $"'91.5% sexual' (2020), {Yearly(2020)}", 0.65, 0.95,
            _ => true, c => c.ExploitationType == ExploitationType.Sexual);
        AddValue("form.criminal.growth", "criminal exploitation grows: share in 2022-2023 minus share in 2019-2020 (shape)",
            $"'about 4% criminal' in 2020 ({Yearly(2020)}); minors in criminal exploitation rising in the registrations (brief)", 0.05, 1,
            d => Share(d, c => c.Year >= 2022, IsCriminalForm) - Share(d, c => c.Year <= 2020, IsCriminalForm));

        // F3: duration and ongoing exploitation.
        AddShare("duration.1y.2019", "share exploited a year or longer, 2019", $"'over half exploited more than a year', {Yearly(2019)}", 0.50, 0.70,
            c => c.Year == 2019 && c.Duration is not null, YearOrLonger);
        AddShare("duration.1y", "share exploited a year or longer (F3)", $"'een jaar of langer uitgebuit', {Anp2024}", 0.50, 0.75,
            c => c.Duration is not null, YearOrLonger);
        AddShare("duration.5y.2021", "share exploited 5 years or more, 2021", $"'a quarter exploited 5 years or more', {Yearly(2021)}", 0.20, 0.30,
            c => c.Year == 2021 && c.Duration is not null, c => c.Duration == Duration.FiveYearsOrMore);
        AddShare("ongoing.2021", "share still exploited at the chat, 2021", $"'three quarters still being exploited', {Yearly(2021)}", 0.70, 0.80,
            c => c.Year == 2021 && c.Ongoing is not null, c => c.Ongoing == true);

        // Exploiters.
        AddShare("several_exploiters.2019", "share with more than one exploiter, 2019", $"'1 in 5 had several exploiters', {Yearly(2019)}", 0.15, 0.25,
            c => c.Year == 2019 && c.Perpetrators != Perpetrators.None, SeveralExploiters);
        AddCount("f5.parent", "conversations with a parent, step- or foster parent among the exploiters (F5)",
            $"'nearly 130 conversations' ('bijna 130 gesprekken'), {Anp2024}", 120, 129, c => c.HasParentExploiter);
        AddCount("f5.parent.sexual", "sexual exploitation by a parent, step- or foster parent", $"'112 cases of sexual exploitation by a parent, step-parent or foster parent', {Ckm2025}",
            106, 118, c => c.HasParentExploiter && IsSexualForm(c));
        AddCount("parent.2019", "parent cases, 2019", $"'parents in about 7% (16 cases)', {Yearly(2019)}", 13, 19, c => c.Year == 2019 && c.HasParentExploiter);
        AddCount("parent.2020", "parent cases, 2020", $"'parents about 1 in 7 (28 cases)', {Yearly(2020)}", 25, 31, c => c.Year == 2020 && c.HasParentExploiter);
        AddShare("parent.2021", "share of parent cases, 2021", $"'parents 16%', {Yearly(2021)}", 0.13, 0.19, In(2021), c => c.HasParentExploiter);
        AddValue("parent.age.mean", "mean age of victims of a parent", $"'mean age 15', {Ckm2025}", 14.0, 16.0,
            d => Mean(d, c => c.HasParentExploiter, c => c.Age));
        AddValue("parent.age.min", "youngest victim of a parent", $"'youngest 9', {Ckm2025}", 9, 10,
            d => Min(d, c => c.HasParentExploiter, c => c.Age));
        AddShare("parent.duration.1y", "victims of a parent exploited a year or longer", $"'most exploited a year or longer', {Ckm2025}", 0.60, 0.95,
            c => c.HasParentExploiter && c.Duration is not null, YearOrLonger);
        AddValue("parent.younger", "parent cases start younger: mean age of other victims minus that of parent victims (shape)",
            $"'mean age 15, youngest 9' for parent cases, {Ckm2025}", 1.0, 10,
            d => Mean(d, c => !c.HasParentExploiter, c => c.Age) - Mean(d, c => c.HasParentExploiter, c => c.Age));
        AddValue("parent.longer", "parent cases last longer: share a year or longer, parent minus other cases (shape)",
            $"'most exploited a year or longer, some over ten years', {Ckm2025}", 0.10, 1,
            d => Share(d, c => c.HasParentExploiter && c.Duration is not null, YearOrLonger)
               - Share(d, c => !c.HasParentExploiter && c.Duration is not null, YearOrLonger));

        // F4: online platforms.
        AddValue("online.sexual", "online recruitment goes with sexual exploitation: share recruited online, sexual minus other forms (shape)",
            $"'onlineplatforms moeten aanspreken' (F4), {Anp2024}", 0.05, 1,
            d => Share(d, c => IsSexualForm(c) && c.OnlineRecruitment is not null, c => c.OnlineRecruitment == true)
               - Share(d, c => !IsSexualForm(c) && c.OnlineRecruitment is not null, c => c.OnlineRecruitment == true));
        AddValue("sex_ad_site.sexual", "sex-advertisement sites go with sexual exploitation: share naming one, sexual minus other forms (shape)",
            "'80% of the minors were advertised on legal sex-advertisement sites', CKM 'Op de koop toe', Dec 2023", 0.05, 1,
            d => Share(d, IsSexualForm, c => (c.Platforms & Platforms.SexAdSite) != 0)
               - Share(d, c => !IsSexualForm(c), c => (c.Platforms & Platforms.SexAdSite) != 0));

        // F6: clients.
        AddShare("clients.sexual", "clients are mentioned mostly in sexual exploitation (shape)", $"'klanten' (F6), {Anp2024}", 0.90, 1,
            c => c.ClientsInvolved == true, IsSexualForm);

        // F7: disclosure and the first reaction.
        AddShare("first_disclosure.2020", "share telling for the first time, 2020", $"'65% told for the first time', {Yearly(2020)}", 0.59, 0.71,
            c => c.Year == 2020 && c.Reporter == Reporter.Victim && c.FirstDisclosure is not null, c => c.FirstDisclosure == true);
        AddShare("first_disclosure", "around two thirds tell for the first time (shape)", $"'65% told for the first time', {Yearly(2020)}", 0.60, 0.72,
            c => c.FirstDisclosure is not null, c => c.FirstDisclosure == true);
        AddValue("reaction.help", "a supportive first reaction goes with accepting help: share accepting, supportive minus other reactions (shape)",
            $"'eerste reactie van de omgeving ... zeer bepalend' (F7), {Anp2024}", 0.15, 1,
            d => Share(d, c => c.FirstReaction == Reaction.Supportive && c.HelpAccepted is not null, c => c.HelpAccepted == true)
               - Share(d, c => c.FirstReaction is not (null or Reaction.Supportive) && c.HelpAccepted is not null, c => c.HelpAccepted == true));

        // Missingness: optional codebook fields are sometimes empty, as in coded real data (shape).
        const string Codebook = "codebook: optional field, empty cell = not known / not coded (brief)";
        void AddMissing(string column, double low, double high, Func<Conversation, bool> isMissing) =>
            AddShare($"missing.{column}", $"share of empty {column} cells (shape)", Codebook, low, high, _ => true, isMissing);
        AddMissing("age", 0.02, 0.15, c => c.Age is null);
        AddMissing("gender", 0.02, 0.15, c => c.Gender is null);
        AddMissing("perpetrators", 0.03, 0.15, c => c.Perpetrators == Perpetrators.None);
        AddMissing("duration", 0.05, 0.25, c => c.Duration is null);
        AddMissing("ongoing", 0.05, 0.25, c => c.Ongoing is null);
        AddMissing("first_disclosure", 0.05, 0.25, c => c.FirstDisclosure is null);
        AddMissing("online_recruitment", 0.05, 0.25, c => c.OnlineRecruitment is null);
        AddMissing("clients_involved", 0.05, 0.25, c => c.ClientsInvolved is null);
        AddMissing("first_confidant", 0.05, 0.25, c => c.FirstConfidant is null);
        AddMissing("help_accepted", 0.05, 0.25, c => c.HelpAccepted is null);
        AddMissing("police_report", 0.10, 0.30, c => c.PoliceReport is null);
        // Empty for every first disclosure (nobody reacted before the chat), so mostly empty.
        AddMissing("first_reaction", 0.55, 0.90, c => c.FirstReaction is null);

        return t;
    }
}
