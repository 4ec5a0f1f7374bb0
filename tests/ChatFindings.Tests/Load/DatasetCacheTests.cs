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

    [Fact]
    public void A_file_written_well_before_it_is_read_is_known_by_its_stamp_one_written_just_before_by_its_checksum()
    {
        using var temp = new TempFolder();
        var cache = new DatasetCache();
        var csv = SyntheticDataSet.Write(temp.Path, seed: 3, rows: 200);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(csv, anHourAgo);
        File.SetLastWriteTimeUtc(Provenance.SidecarPath(csv), anHourAgo);
        var first = cache.Load(csv);

        // Same length and time stamp, other content: an old stamp is trusted, so the file is not read (or hashed) again.
        SwapTwoRows(csv);
        File.SetLastWriteTimeUtc(csv, anHourAgo);
        Assert.Same(first, cache.Load(csv));

        // Loaded right after a write, the entry is racy: the same trick is caught by the checksum.
        var justNow = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(csv, justNow);
        var racy = cache.Load(csv);
        Assert.NotSame(first, racy);
        Assert.Same(racy, cache.Load(csv));
        SwapTwoRows(csv);
        File.SetLastWriteTimeUtc(csv, justNow);
        var reloaded = cache.Load(csv);
        Assert.NotSame(racy, reloaded);
        Assert.NotEqual(racy.Source.Sha256, reloaded.Source.Sha256);
        Assert.Equal(ConversationLoader.Sha256Of(csv), reloaded.Source.Sha256);
    }

    private static void SwapTwoRows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllText(csv, string.Join("\n", lines) + "\n");
    }
}
