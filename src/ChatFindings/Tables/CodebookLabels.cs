namespace ChatFindings;

/// <summary>
/// The English titles and category labels of the codebook's categorical fields, copied from
/// data-schema/conversations.schema.json (codes in codebook order; a test checks they agree).
/// This is the one place to switch to labels read from the schema model: keep the text identical
/// so readers see no change.
/// </summary>
internal static class CodebookLabels
{
    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) Reporter =
        ("reporter", "Reporter", [("victim", "Victim (self-report)"), ("third_party", "Third party")]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) Gender =
        ("gender", "Gender", [("female", "Female"), ("male", "Male"), ("other", "Other")]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) ExploitationType =
        ("exploitation_type", "Form of exploitation",
        [
            ("sexual", "Sexual exploitation"), ("criminal", "Criminal exploitation"),
            ("sexual_and_criminal", "Sexual and criminal exploitation"), ("labour", "Labour exploitation"),
            ("other", "Other form"),
        ]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) Perpetrators =
        ("perpetrators", "Exploiters",
        [
            ("parent", "Parent"), ("step_or_foster_parent", "Step- or foster parent"),
            ("other_family", "Other family member"), ("partner_or_lover_boy", "Partner or lover boy"),
            ("friend_or_peer", "Friend or peer"), ("acquaintance", "Acquaintance"),
            ("online_contact", "Online contact"), ("stranger", "Stranger"),
        ]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) Duration =
        ("duration", "Duration of exploitation",
        [("lt_1y", "Less than a year"), ("1_2y", "1 to 2 years"), ("2_5y", "2 to 5 years"), ("5y_plus", "5 years or more")]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) Platforms =
        ("platforms", "Online platforms",
        [
            ("social_media", "Social media"), ("messaging_app", "Messaging app"),
            ("sex_ad_site", "Sex-advertisement site"), ("dating_app", "Dating app"),
            ("gaming", "Gaming platform"), ("other_online", "Other online"),
        ]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) FirstConfidant =
        ("first_confidant", "First confidant",
        [
            ("parent", "Parent"), ("other_family", "Other family member"), ("friend", "Friend"),
            ("school", "School"), ("care_worker", "Care worker"), ("police", "Police"), ("other", "Other"),
            ("none", "Nobody"),
        ]);

    public static readonly (string Name, string Title, (string Code, string Label)[] Categories) FirstReaction =
        ("first_reaction", "First reaction",
        [("supportive", "Supportive"), ("disbelieving", "Disbelieving"), ("blaming", "Blaming"), ("no_action", "No action")]);

    // Boolean fields: (name, title). Their categories are Yes/No, coded as the CSV writes them.
    public static readonly (string Name, string Title) Ongoing = ("ongoing", "Ongoing");
    public static readonly (string Name, string Title) FirstDisclosure = ("first_disclosure", "First disclosure");
    public static readonly (string Name, string Title) OnlineRecruitment = ("online_recruitment", "Online recruitment");
    public static readonly (string Name, string Title) ClientsInvolved = ("clients_involved", "Clients involved");
    public static readonly (string Name, string Title) HelpAccepted = ("help_accepted", "Help accepted");
    public static readonly (string Name, string Title) PoliceReport = ("police_report", "Police report");

    public static readonly (string Name, string Title) Year = ("year", "Year");
    public static readonly (string Name, string Title) Age = ("age", "Age");
}
