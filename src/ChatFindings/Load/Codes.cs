namespace ChatFindings;

// The category codes of the codebook (data-schema/conversations.schema.json) as C# types.
// Member order is the codebook's category order; a test checks the two agree, and the
// loader maps a code to a member by position, so keep them in step when the codebook changes.

public enum Reporter { Victim, ThirdParty }

public enum Gender { Female, Male, Other }

public enum ExploitationType { Sexual, Criminal, SexualAndCriminal, Labour, Other }

/// <summary>Relationship of an exploiter to the victim. A conversation can name several (flags).</summary>
[Flags]
public enum Perpetrators
{
    None = 0,
    Parent = 1 << 0,
    StepOrFosterParent = 1 << 1,
    OtherFamily = 1 << 2,
    PartnerOrLoverBoy = 1 << 3,
    FriendOrPeer = 1 << 4,
    Acquaintance = 1 << 5,
    OnlineContact = 1 << 6,
    Stranger = 1 << 7,
}

/// <summary>How long the exploitation had lasted at the time of the chat (ordered).</summary>
public enum Duration { LessThanOneYear, OneToTwoYears, TwoToFiveYears, FiveYearsOrMore }

/// <summary>Kinds of online platform involved. A conversation can name several (flags).</summary>
[Flags]
public enum Platforms
{
    None = 0,
    SocialMedia = 1 << 0,
    MessagingApp = 1 << 1,
    SexAdSite = 1 << 2,
    DatingApp = 1 << 3,
    Gaming = 1 << 4,
    OtherOnline = 1 << 5,
}

public enum Confidant { Parent, OtherFamily, Friend, School, CareWorker, Police, Other, None }

public enum Reaction { Supportive, Disbelieving, Blaming, NoAction }
