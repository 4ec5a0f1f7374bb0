using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Tests.Narrative;

/// <summary>What study.Say prints: literal text, strings, and disclosed values under the session's threshold.</summary>
[Collection(NotebookTestCollection.Name)]
public sealed class SayTests : IDisposable
{
    private static NotebookSession Session(int minCell) => Sessions.OnSyntheticData("say", publishing: false, minCell);

    public void Dispose() => Formatter.ResetToDefault();

    [Fact]
    public void Prints_literals_strings_and_disclosed_counts_in_order()
    {
        var study = Session(10);
        var few = study.Data.Conversations.Take(3).ToList();
        var many = study.Data.Conversations.Take(1234).ToList();
        var text = study.Say($"Of {study.Count(many)} conversations, {study.Count(few)} are {"marked"}.");
        Assert.Equal("Of 1,234 conversations, <10 are marked.", text.Markdown);
    }

    [Fact]
    public void Uses_the_session_threshold_not_a_default()
    {
        var study = Session(5);
        var text = study.Say($"{study.Count(study.Data.Conversations.Take(7))}");
        Assert.Equal("7", text.Markdown);
        Assert.Equal("<5", Session(5).Say($"{study.Count(study.Data.Conversations.Take(4))}").Markdown);
    }

    [Fact]
    public void A_share_is_withheld_when_its_rest_is_small()
    {
        var study = Session(10);
        var group = study.Data.Conversations.Take(100).ToList();
        var text = study.Say($"{study.Share(group, c => c != group[0])}");
        Assert.Equal("A share withheld under the disclosure rule", text.Markdown); // alone, it is a sentence of its own
    }
}
