using System.Text.Json.Nodes;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// Publishes a second, different data set (another seed and size, without a sidecar, so it counts
/// as real data) next to the shipped one: the claims and the narrative sentences must follow the
/// data. Proof that no figure is typed into a notebook.
/// </summary>
public sealed class SecondDataSet() : GeneratedDataPublish("second", seed: 7, rows: 2_500, withoutSidecar: true);

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class SecondDataSetTests(PublishedArtifacts shipped, SecondDataSet second) : IClassFixture<SecondDataSet>
{

    private static Dictionary<string, JsonNode> Claims(string outFolder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(outFolder, "findings.json")))!.AsArray()
            .ToDictionary(c => (string)c!["id"]!, c => c!);

    private static double? Computed(Dictionary<string, JsonNode> claims, string id) =>
        claims[id]["computed_value"] is { } v ? (double)v : null;

    [Fact]
    public void Both_publish_runs_succeed()
    {
        Assert.True(shipped.Result.ExitCode == 0, shipped.Result.Stderr);
        Assert.True(second.Result.ExitCode == 0, second.Result.Stderr);
    }

    [Fact]
    public void Every_claim_equals_the_library_measure_on_the_data_it_was_published_from()
    {
        foreach (var (outFolder, dataPath) in new[] { (shipped.Out, Support.Repo.PathOf("data", "synthetic", "conversations.csv")), (second.Out, second.DataPath) })
        {
            var data = ConversationLoader.Load(dataPath).Conversations;
            var reference = ReferenceFigures.Load(Support.Repo.PathOf("data", "reference"));
            var registered = RegisteredBase.Named(reference);
            var expected = new Dictionary<string, ClaimMeasure>
            {
                ["F1"] = ClaimMeasures.F1(data),
                ["F2"] = ClaimMeasures.F2(data, registered.Count, registered.Name),
                ["F3"] = ClaimMeasures.F3(data),
            };
            var claims = Claims(outFolder);
            foreach (var (id, measure) in expected)
                Assert.Equal(Claim.Evaluate(ClaimRegister.Get(id), measure, new DisclosurePolicy(10)).ComputedValue, Computed(claims, id));
        }
    }

    [Fact]
    public void The_claims_change_with_the_data()
    {
        var a = Claims(shipped.Out);
        var b = Claims(second.Out);
        Assert.InRange(Computed(a, "F1")!.Value, 540, 600);   // the shipped data is calibrated to "nearly 600"
        foreach (var id in new[] { "F1", "F2", "F3" })
            Assert.NotEqual(Computed(a, id), Computed(b, id));
    }

    [Fact]
    public void The_narrative_sentences_change_with_the_data()
    {
        static string Narrative(string outFolder) => string.Join("\n",
            JsonNode.Parse(File.ReadAllText(Path.Combine(outFolder, "notebooks", "01-scale.ipynb")))!["cells"]!.AsArray()
                .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
                .Select(o => o!["data"]?["text/html"])
                .Where(h => h is not null && h.ToJsonString().Contains("cf-narrative"))
                .Select(h => h!.ToJsonString()));
        var a = Narrative(shipped.Out);
        var b = Narrative(second.Out);
        Assert.NotEmpty(a);
        Assert.NotEqual(a, b);
        var total = ConversationLoader.Load(second.DataPath).Count;
        Assert.Contains(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), b);
    }

    [Fact]
    public void Data_without_a_synthetic_sidecar_is_published_as_real_data()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(second.Out, "manifest.json")))!;
        Assert.False((bool)manifest["synthetic"]!);
        var page = File.ReadAllText(Path.Combine(second.Out, "site", "01-scale.html"));
        Assert.DoesNotContain("these numbers are not the report", page);
        var shippedPage = File.ReadAllText(Path.Combine(shipped.Out, "site", "01-scale.html"));
        Assert.Contains("these numbers are not the report", shippedPage);
    }

    private static string NarrativeOf(string outFolder, string notebook) => string.Join("\n",
        JsonNode.Parse(File.ReadAllText(Path.Combine(outFolder, "notebooks", notebook + ".ipynb")))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Select(o => o!["data"]?["text/html"])
            .Where(h => h is not null && h.ToJsonString().Contains("cf-narrative"))
            .Select(h => System.Net.WebUtility.HtmlDecode(h is JsonArray a ? string.Concat(a.Select(l => (string?)l)) : (string?)h)));

    private (string Out, List<Conversation> Data)[] BothRuns() =>
    [
        (shipped.Out, ConversationLoader.Load(Support.Repo.PathOf("data", "synthetic", "conversations.csv")).Conversations.ToList()),
        (second.Out, ConversationLoader.Load(second.DataPath).Conversations.ToList()),
    ];

    [Fact]
    public void The_verdicts_follow_the_data_and_one_flips()
    {
        var verdicts = new List<Dictionary<string, string>>();
        foreach (var (outFolder, data) in BothRuns())
        {
            var claims = Claims(outFolder);
            var expected = new Dictionary<string, ClaimMeasure> { ["F1"] = ClaimMeasures.F1(data), ["F3"] = ClaimMeasures.F3(data), ["F5"] = ClaimMeasures.F5(data), ["F7"] = ClaimMeasures.F7(data) };
            foreach (var (id, measure) in expected)
                Assert.Equal(Claim.Evaluate(ClaimRegister.Get(id), measure, new DisclosurePolicy(10)).Verdict.Code(), (string)claims[id]["verdict"]!);
            verdicts.Add(claims.ToDictionary(c => c.Key, c => (string)c.Value["verdict"]!));
        }
        Assert.Contains(verdicts[0].Keys, id => verdicts[0][id] != verdicts[1][id]);
    }

    [Fact]
    public void A_comparative_word_in_the_narrative_follows_its_interval_and_flips()
    {
        var words = new List<string>();
        foreach (var (outFolder, data) in BothRuns())
        {
            var period = data.Where(c => StudyPeriod.Contains(c.Year)).ToList();
            var parents = period.Where(c => c.HasParentExploiter).ToList();
            var others = period.Where(c => c.Perpetrators != Perpetrators.None && !c.HasParentExploiter).ToList();
            var firstTime = new ShareMeasure("first time", c => c.FirstDisclosure == true, c => c.FirstDisclosure is not null);
            var gap = new ShareDifference(ShareComparison.Share(parents, firstTime, new(10)), ShareComparison.Share(others, firstTime, new(10)));
            var word = gap.Word.ToString();
            Assert.Contains($"the chat is the first time they tell anyone is {word}:", NarrativeOf(outFolder, "05-parents"));
            words.Add(word);
        }
        Assert.NotEqual(words[0], words[1]);
    }
}
