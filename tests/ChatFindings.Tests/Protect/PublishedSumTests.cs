using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Protect;

public class PublishedSumTests
{
    private static ProtectedTable ByYear() => DisclosureControl.Protect(FrequencyTable.OneWay("by-year", "By year",
        Make.Many(40, () => Make.Conversation(year: 2019))
            .Concat(Make.Many(3, () => Make.Conversation(year: 2020)))
            .Concat(Make.Many(25, () => Make.Conversation(year: 2021)))
            .Concat(Make.Many(30, () => Make.Conversation(year: 2022))),
        ConversationVariables.Year), new DisclosurePolicy(10));

    [Fact]
    public void Sums_published_rows()
    {
        var table = ByYear();
        var published = Enumerable.Range(0, table.RowCount - 1).Where(r => table[r, 0].Count is not null && table[r, 0].Count > 0).ToList();
        Assert.NotEmpty(published);
        var codes = published.Select(r => table.RowCodes[r]).ToList();
        Assert.Equal(published.Sum(r => table[r, 0].Count!.Value), table.PublishedSum(codes));
    }

    [Fact]
    public void Is_null_when_any_row_is_suppressed()
    {
        var table = ByYear();
        Assert.True(table[1, 0].Suppressed);   // 2020: 3 conversations
        Assert.Null(table.PublishedSum(["2019", "2020"]));
        Assert.Throws<ArgumentException>(() => table.PublishedSum(["1999"]));
    }
}
