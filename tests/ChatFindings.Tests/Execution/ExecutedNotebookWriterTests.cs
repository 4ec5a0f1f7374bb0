using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using CsCheck;

namespace ChatFindings.Tests.Execution;

public sealed class ExecutedNotebookWriterTests
{
    [Fact]
    public void Lines_split_text_into_nbformat_lines_that_join_back_to_the_text()
    {
        Gen.Char["ab \n\r"].Array[0, 30].Select(chars => new string(chars)).Sample(text =>
        {
            var lines = ExecutedNotebookWriter.Lines(text).Select(l => (string)l!).ToList();
            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines.SkipLast(1), l => Assert.True(l.EndsWith('\n') && l.IndexOf('\n') == l.Length - 1));
            Assert.All(lines, l => Assert.NotEqual("", l));
        });
    }

    [Fact]
    public void Serialize_sorts_keys_at_every_level_with_a_one_space_indent()
    {
        var json = ExecutedNotebookWriter.Serialize(JsonNode.Parse("""{"b": {"z": 1, "a": [{"y": 2, "x": "ë<"}]}, "a": null}""")!);
        Assert.Equal("{\n \"a\": null,\n \"b\": {\n  \"a\": [\n   {\n    \"x\": \"ë<\",\n    \"y\": 2\n   }\n  ],\n  \"z\": 1\n }\n}\n", json);
    }

    [Fact]
    public void Outputs_are_written_in_nbformat_shapes_with_JSON_kept_as_objects()
    {
        var data = new DataOutput(true, [KeyValuePair.Create("application/vnd.plotly.v1+json", JsonNode.Parse("""{"data": []}""")!),
                                          KeyValuePair.Create("text/html", (JsonNode)JsonValue.Create("<b>a</b>\n<i>b</i>"))], null);
        var result = ExecutedNotebookWriter.ToJson(data, 3)!.AsObject();
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.Equal(3, (int?)result["execution_count"]);
        Assert.IsType<JsonObject>(result["data"]!["application/vnd.plotly.v1+json"]);
        Assert.Equal(["<b>a</b>\n", "<i>b</i>"], result["data"]!["text/html"]!.AsArray().Select(l => (string)l!));

        var error = ExecutedNotebookWriter.ToJson(new ErrorOutput("E", "E: bad", ["E: bad", "  at x"]), 1)!.AsObject();
        Assert.Equal(["ename", "evalue", "output_type", "traceback"], error.Select(p => p.Key).Order());
    }
}
