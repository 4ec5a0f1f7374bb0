using CsCheck;

namespace ChatFindings.Tests.Synthetic;

/// <summary>The sampling building blocks the generator's determinism and exact quotas rest on.</summary>
public class SamplingTests
{
    [Fact]
    public void Same_seed_same_sequence_and_different_seed_different_sequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        var c = new SeededRandom(43);
        var fromA = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToList();
        Assert.Equal(fromA, Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(fromA, Enumerable.Range(0, 100).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void NextInt_stays_in_range() =>
        Gen.Select(Gen.ULong, Gen.Int[1, int.MaxValue]).Sample((seed, bound) =>
        {
            var r = new SeededRandom(seed);
            for (var i = 0; i < 20; i++) Assert.InRange(r.NextInt(bound), 0, bound - 1);
        });

    [Fact]
    public void NextDouble_is_in_the_unit_interval_and_roughly_uniform()
    {
        var r = new SeededRandom(7);
        var below = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var u = r.NextDouble();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            if (u < 0.25) below++;
        }
        Assert.InRange(below, 24_000, 26_000);
    }

    [Fact]
    public void Pick_never_returns_a_zero_weight() =>
        Gen.Select(Gen.ULong, Gen.Double[0, 1].Array[1, 8]).Sample((seed, weights) =>
        {
            weights[^1] = 0; // the trailing zero is where rounding would land
            if (!(weights.Sum() > 0)) return;
            var r = new SeededRandom(seed);
            for (var i = 0; i < 50; i++) Assert.True(weights[r.Pick(weights)] > 0);
        });

    [Fact]
    public void Largest_remainder_adds_up_exactly_and_stays_within_one_of_the_exact_share() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Double[0, 10].Array[1, 60]).Sample((total, weights) =>
        {
            if (!(weights.Sum() > 0)) return;
            var parts = LargestRemainder.Allocate(total, weights);
            Assert.Equal(total, parts.Sum());
            var sum = weights.Sum();
            for (var i = 0; i < parts.Length; i++)
                Assert.True(Math.Abs(parts[i] - total * weights[i] / sum) < 1 + 1e-9, $"part {i}: {parts[i]} vs {total * weights[i] / sum}");
        });

    [Fact]
    public void Quota_draw_hands_out_exactly_the_quotas() =>
        Gen.Select(Gen.ULong, Gen.Int[0, 30].Array[1, 10]).Sample((seed, quotas) =>
        {
            var draw = new QuotaDraw(quotas);
            var r = new SeededRandom(seed);
            var got = new int[quotas.Length];
            while (draw.Remaining > 0) got[draw.Next(r)]++;
            Assert.Equal(quotas, got);
        });

    [Fact]
    public void Quota_draw_refuses_to_draw_past_the_end()
    {
        var draw = new QuotaDraw([1]);
        var r = new SeededRandom(1);
        draw.Next(r);
        Assert.Throws<InvalidOperationException>(() => draw.Next(r));
    }
}
