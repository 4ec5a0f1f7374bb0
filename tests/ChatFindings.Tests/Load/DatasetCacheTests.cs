using ChatFindings.Load;
using ChatFindings.Synthetic;

namespace ChatFindings.Tests.Load;

public class DatasetCacheTests
{
    [Fact]
    public void Sessions_on_an_unchanged_file_share_one_load_and_a_changed_file_or_sidecar_is_loaded_again()
    {
        using var temp = new TempFolder();
        var cache = new DatasetCache();
        var csv = SyntheticDataSet.Write(temp.Path, seed: 3, rows: 200);
        var first = cache.Load(csv);
        Assert.Same(first, cache.Load(csv));
        Assert.Equal(ConversationLoader.Sha256Of(csv), first.Source.Sha256);

        SyntheticDataSet.Write(temp.Path, seed: 4, rows: 200); // same path and size, other rows
        var changed = cache.Load(csv);
        Assert.NotSame(first, changed);
        Assert.NotEqual(first.Source.Sha256, changed.Source.Sha256);
        Assert.NotEqual(first.Conversations, changed.Conversations);

        File.Delete(Provenance.SidecarPath(csv)); // the same rows, now as real data
        var withoutSidecar = cache.Load(csv);
        Assert.NotSame(changed, withoutSidecar);
        Assert.True(changed.Source.IsSynthetic);
        Assert.False(withoutSidecar.Source.IsSynthetic);
    }
}
