namespace ChatFindings;

// The category codes of the codebook (data-schema/conversations.schema.json) as C# types.
// Member order is the codebook's category order and each member names its code; the loader checks
// both against the schema before it maps a category position to the member at that position.

public enum Reporter
{
    [CategoryCode("victim")] Victim,
    [CategoryCode("third_party")] ThirdParty,
}

public enum Gender
{
    [CategoryCode("female")] Female,
    [CategoryCode("male")] Male,
    [CategoryCode("other")] Other,
}

public enum ExploitationType
{
    [CategoryCode("sexual")] Sexual,
    [CategoryCode("criminal")] Criminal,
    [CategoryCode("sexual_and_criminal")] SexualAndCriminal,
    [CategoryCode("labour")] Labour,
    [CategoryCode("other")] Other,
}

/// <summary>Relationship of an exploiter to the victim. A conversation can name several (flags).</summary>
[Flags]
public enum Perpetrators
{
    None = 0,
    [CategoryCode("parent")] Parent = 1 << 0,
    [CategoryCode("step_or_foster_parent")] StepOrFosterParent = 1 << 1,
    [CategoryCode("other_family")] OtherFamily = 1 << 2,
    [CategoryCode("partner_or_lover_boy")] PartnerOrLoverBoy = 1 << 3,
    [CategoryCode("friend_or_peer")] FriendOrPeer = 1 << 4,
    [CategoryCode("acquaintance")] Acquaintance = 1 << 5,
    [CategoryCode("online_contact")] OnlineContact = 1 << 6,
    [CategoryCode("stranger")] Stranger = 1 << 7,
}

/// <summary>How long the exploitation had lasted at the time of the chat (ordered).</summary>
public enum Duration
{
    [CategoryCode("lt_1y")] LessThanOneYear,
    [CategoryCode("1_2y")] OneToTwoYears,
    [CategoryCode("2_5y")] TwoToFiveYears,
    [CategoryCode("5y_plus")] FiveYearsOrMore,
}

/// <summary>Kinds of online platform involved. A conversation can name several (flags).</summary>
[Flags]
public enum Platforms
{
    None = 0,
    [CategoryCode("social_media")] SocialMedia = 1 << 0,
    [CategoryCode("messaging_app")] MessagingApp = 1 << 1,
    [CategoryCode("sex_ad_site")] SexAdSite = 1 << 2,
    [CategoryCode("dating_app")] DatingApp = 1 << 3,
    [CategoryCode("gaming")] Gaming = 1 << 4,
    [CategoryCode("other_online")] OtherOnline = 1 << 5,
}

public enum Confidant
{
    [CategoryCode("parent")] Parent,
    [CategoryCode("other_family")] OtherFamily,
    [CategoryCode("friend")] Friend,
    [CategoryCode("school")] School,
    [CategoryCode("care_worker")] CareWorker,
    [CategoryCode("police")] Police,
    [CategoryCode("other")] Other,
    [CategoryCode("none")] None,
}

public enum Reaction
{
    [CategoryCode("supportive")] Supportive,
    [CategoryCode("disbelieving")] Disbelieving,
    [CategoryCode("blaming")] Blaming,
    [CategoryCode("no_action")] NoAction,
}
