using ChatFindings.Cli.Execution;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Tests.Execution;

/// <summary>The runner's layer of the allowlist, on canned kernel events (no kernel runs).</summary>
public sealed class CellOutputCollectorTests
{
    private static readonly SubmitCode Command = new("x");

    private static FormattedValue[] Text(string text) => [new FormattedValue(PlainTextFormatter.MimeType, text)];

    private static CellOutputCollector Collect(bool publishing, params KernelEvent[] events)
    {
        var collector = new CellOutputCollector(publishing);
        foreach (var e in events) collector.Add(e);
        return collector;
    }

    public static TheoryData<object, string> Unpublishable() => new()
    {
        { "S000001,2019,victim,14", "a string" },
        { 12, "an Int32" },
        { new { Year = 2019, Age = 14 }, "an anonymous object" },
        { new List<int> { 2019, 2020 }, "a List<Int32>" },
        { new[] { 14, 15 }, "an Int32[]" },
    };

    [Theory]
    [MemberData(nameof(Unpublishable))]
    public void While_publishing_a_value_that_is_not_publishable_fails_the_cell_and_is_not_stored(object value, string described)
    {
        foreach (var e in new KernelEvent[] { new ReturnValueProduced(value, Command, Text("secret")), new DisplayedValueProduced(value, Command, Text("secret")) })
        {
            var collector = Collect(true, e);
            var error = Assert.IsType<ErrorOutput>(Assert.Single(collector.Outputs));
            Assert.Equal(CellOutputCollector.BlockedName, error.Name);
            Assert.StartsWith($"Blocked while publishing: {described} cannot appear on a published page", error.Value);
            Assert.DoesNotContain("secret", string.Join("\n", error.Traceback));
        }
    }

    [Fact]
    public void While_publishing_console_output_fails_the_cell_and_later_outputs_are_dropped()
    {
        var narrative = new NarrativeText("fine");
        var collector = Collect(true,
            new StandardOutputValueProduced(Command, Text("14\n")),
            new DisplayedValueProduced(narrative, Command, Text("fine")));
        var error = Assert.IsType<ErrorOutput>(Assert.Single(collector.Outputs));
        Assert.Contains("console output (standard output)", error.Value);

        var stderr = Collect(true, new StandardErrorValueProduced(Command, Text("x")));
        Assert.Contains("console output (standard error)", stderr.Error!.Value);
    }

    [Fact]
    public void A_publishable_value_is_stored_while_publishing()
    {
        var collector = Collect(true, new ReturnValueProduced(new NarrativeText("fine"), Command, Text("fine")));
        Assert.Null(collector.Error);
        Assert.Equal("fine", (string?)Assert.IsType<DataOutput>(Assert.Single(collector.Outputs)).Get(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void Exploring_stores_every_output()
    {
        var collector = Collect(false, new StandardOutputValueProduced(Command, Text("14\n")), new ReturnValueProduced(12, Command, Text("12")));
        Assert.Null(collector.Error);
        Assert.Equal(2, collector.Outputs.Count);
    }
}
