namespace ChatFindings.Tests.Protect;

public class DisclosureRuleTests
{
    [Fact]
    public void The_rule_is_described_for_the_threshold_in_use()
    {
        var text = DisclosureRule.Describe(10);
        Assert.Contains("1 to 9", text);
        Assert.Contains("\"<10\"", text);
        Assert.Contains("Zeros are shown", text);
        Assert.Contains("Every hidden count is shown the same way", text);
        Assert.Contains("1 to 4", DisclosureRule.Describe(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureRule.Describe(0));
    }

    [Fact]
    public void Protect_refuses_a_threshold_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Protect(Tables.OneWay(1, 2), new DisclosurePolicy(0)));
}
