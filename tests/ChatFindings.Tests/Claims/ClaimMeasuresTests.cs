using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Claims;

public class ClaimMeasuresTests
{
    [Fact]
    public void F1_counts_only_self_reporting_minors_in_sexual_or_criminal_exploitation_2019_to_2023()
    {
        var data = new[]
        {
            Make.Conversation(type: ExploitationType.Sexual),                 // in
            Make.Conversation(type: ExploitationType.Criminal, year: 2019),   // in
            Make.Conversation(type: ExploitationType.SexualAndCriminal, year: 2023, age: 17), // in
            Make.Conversation(type: ExploitationType.Labour),                 // form
            Make.Conversation(type: ExploitationType.Other),                  // form
            Make.Conversation(reporter: Reporter.ThirdParty),                 // reporter
            Make.Conversation(age: 18),                                       // adult
            Make.Conversation(age: null),                                     // age unknown
            Make.Conversation(year: 2018),                                    // before the period
            Make.Conversation(year: 2024),                                    // after the period
        };
        Assert.Equal(3.0, ClaimMeasures.F1(data).Value);
    }

    [Fact]
    public void F2_divides_F1_by_the_named_base()
    {
        var data = Make.Many(30, () => Make.Conversation());
        var m = ClaimMeasures.F2(data, 12, "test base");
        Assert.Equal(2.5, m.Value);
        Assert.Contains("test base", m.Explanation);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimMeasures.F2(data, 0, "none"));
    }

    [Fact]
    public void F3_is_the_share_a_year_or_longer_among_known_durations_of_the_F1_group()
    {
        var data = new[]
        {
            Make.Conversation(duration: Duration.LessThanOneYear),
            Make.Conversation(duration: Duration.OneToTwoYears),
            Make.Conversation(duration: Duration.TwoToFiveYears),
            Make.Conversation(duration: Duration.FiveYearsOrMore),
            Make.Conversation(duration: null),                              // unknown: not in the denominator
            Make.Conversation(duration: Duration.FiveYearsOrMore, age: 30), // not F1
        };
        Assert.Equal(75.0, ClaimMeasures.F3(data).Value);
    }

    [Fact]
    public void F4_is_the_share_recruited_online_among_known_in_the_F1_group()
    {
        var data = new[]
        {
            Make.Conversation(online: true, platforms: Platforms.SocialMedia | Platforms.SexAdSite),
            Make.Conversation(online: false),
            Make.Conversation(online: null),
            Make.Conversation(online: true, reporter: Reporter.ThirdParty),
        };
        Assert.Equal(50.0, ClaimMeasures.F4(data).Value);
    }

    [Fact]
    public void F5_counts_conversations_naming_a_parent_or_step_or_foster_parent_whatever_else_is_named()
    {
        var data = new[]
        {
            Make.Conversation(perpetrators: Perpetrators.Parent),
            Make.Conversation(perpetrators: Perpetrators.StepOrFosterParent | Perpetrators.Stranger),
            Make.Conversation(perpetrators: Perpetrators.Parent | Perpetrators.StepOrFosterParent, reporter: Reporter.ThirdParty, age: 40),
            Make.Conversation(perpetrators: Perpetrators.OtherFamily),
            Make.Conversation(perpetrators: Perpetrators.None),
            Make.Conversation(perpetrators: Perpetrators.Parent, year: 2024),
        };
        Assert.Equal(3.0, ClaimMeasures.F5(data).Value);
    }

    [Fact]
    public void F6_is_the_share_mentioning_clients_among_sexual_exploitation_conversations_with_known_answer()
    {
        var data = new[]
        {
            Make.Conversation(clients: true),
            Make.Conversation(clients: true, type: ExploitationType.SexualAndCriminal, age: 25),
            Make.Conversation(clients: false),
            Make.Conversation(clients: false, reporter: Reporter.ThirdParty),
            Make.Conversation(clients: null),
            Make.Conversation(clients: true, type: ExploitationType.Criminal),
        };
        Assert.Equal(50.0, ClaimMeasures.F6(data).Value);
    }

    [Fact]
    public void F7_is_the_difference_in_help_accepted_after_supportive_and_other_first_reactions()
    {
        var data = new[]
        {
            Make.Conversation(reaction: Reaction.Supportive, helpAccepted: true),
            Make.Conversation(reaction: Reaction.Supportive, helpAccepted: true),
            Make.Conversation(reaction: Reaction.Supportive, helpAccepted: true),
            Make.Conversation(reaction: Reaction.Supportive, helpAccepted: false),
            Make.Conversation(reaction: Reaction.Blaming, helpAccepted: true),
            Make.Conversation(reaction: Reaction.Disbelieving, helpAccepted: false),
            Make.Conversation(reaction: Reaction.NoAction, helpAccepted: false),
            Make.Conversation(reaction: Reaction.NoAction, helpAccepted: false),
            Make.Conversation(reaction: null, helpAccepted: true),
            Make.Conversation(reaction: Reaction.Blaming, helpAccepted: null),
        };
        // 3/4 = 75% after a supportive reaction, 1/4 = 25% after any other: +50 points.
        Assert.Equal(50.0, ClaimMeasures.F7(data).Value!.Value, 6);
    }

    [Fact]
    public void F7_has_no_value_when_one_group_is_empty()
    {
        var data = new[] { Make.Conversation(reaction: Reaction.Supportive, helpAccepted: true) };
        Assert.Null(ClaimMeasures.F7(data).Value);
    }
}
