using NetArchTest.Rules;

namespace ChatFindings.Tests.Architecture;

/// <summary>References between the library's folders run one way, and analytic code never sees the notebook kernel.</summary>
public class LayerTests
{
    [Fact]
    public void Every_type_of_the_library_sits_in_a_folder_that_is_a_layer()
    {
        var unplaced = Types.InAssembly(LibraryLayers.Library).GetTypes()
            .Where(t => !t.FullName.Contains('/') && !t.FullName.StartsWith('<'))
            .Where(t => !LibraryLayers.FolderOfType.TryGetValue(t.FullName, out var f) || !LibraryLayers.MayReference.ContainsKey(f))
            .Select(t => $"{t.FullName} ({LibraryLayers.FolderOfType.GetValueOrDefault(t.FullName, "no folder")})")
            .ToList();
        Assert.True(unplaced.Count == 0, "types outside the layers (add the folder to LibraryLayers.MayReference): " + string.Join(", ", unplaced));
    }

    public static TheoryData<string> Layers() => [.. LibraryLayers.MayReference.Keys];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_references_only_the_layers_below_it(string layer)
    {
        var allowed = LibraryLayers.MayReference[layer].Append(layer).ToHashSet();
        var forbidden = LibraryLayers.FolderOfType.Where(p => !allowed.Contains(p.Value)).Select(p => p.Key).ToArray();
        if (forbidden.Length == 0) return; // the top layer may reference everything
        var result = Types.InAssembly(LibraryLayers.Library)
            .That().MeetCustomRule(t => LibraryLayers.FolderOf(t) == layer)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{layer} references a layer above it or beside it:\n" +
            string.Join("\n", (result.FailingTypes ?? []).Select(t => $"  {t.FullName}: {t.Explanation}")));
    }

    [Fact]
    public void Only_the_session_and_formatting_layer_references_the_notebook_kernel()
    {
        var result = Types.InAssembly(LibraryLayers.Library)
            .That().MeetCustomRule(t => LibraryLayers.FolderOf(t) != LibraryLayers.Publish)
            .ShouldNot().HaveDependencyOnAny("Microsoft.DotNet.Interactive")
            .GetResult();
        Assert.True(result.IsSuccessful, "analytic code references Microsoft.DotNet.Interactive:\n" +
            string.Join("\n", (result.FailingTypes ?? []).Select(t => $"  {t.FullName}: {t.Explanation}")));
    }
}
