namespace ChatFindings.Tests.Uncertainty;

/// <summary>
/// The interval and test methods against worked examples published with the methods, never
/// against values this project computed itself.
/// </summary>
public class PublishedExampleTests
{
    // Newcombe, R. G. (1998a) "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Stat Med 17:857–872, Table II, method 3 (Wilson score, no continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_matches_Newcombe_1998a(int x, int n, double low, double high)
    {
        var ci = WilsonInterval.For(x, n);
        Assert.Equal(low, ci.Low, 0.00051);
        Assert.Equal(high, ci.High, 0.00051);
        Assert.Equal((0.95, "Wilson score"), (ci.Level, ci.Method));
    }

    // Newcombe, R. G. (1998b) "Interval estimation for the difference between independent
    // proportions: comparison of eleven methods", Stat Med 17:873–890, Table II, method 10.
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    [InlineData(0, 10, 0, 10, -0.2775, 0.2775)]
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)]
    [InlineData(10, 10, 0, 10, 0.6075, 1.0000)]
    public void Newcombe_matches_Newcombe_1998b_method_10(int x1, int n1, int x2, int n2, double low, double high)
    {
        var ci = NewcombeInterval.ForDifference(x1, n1, x2, n2);
        Assert.Equal(low, ci.Low, 0.00051);
        Assert.Equal(high, ci.High, 0.00051);
    }

    // Fisher's tea-tasting lady: 3 of 4 milk-first cups guessed right. Agresti (2002) Categorical
    // Data Analysis §3.5.2 and R's ?fisher.test: one-sided p = 0.2429 ("greater"), two-sided 0.4857.
    [Fact]
    public void Fisher_matches_the_tea_tasting_example()
    {
        Assert.Equal(0.2429, FisherExactTest.Greater(3, 1, 1, 3), 0.00005);
        Assert.Equal(0.4857, FisherExactTest.TwoSided(3, 1, 1, 3), 0.00005);
    }

    // Fisher (1962, 1970), convictions of like-sex twins, the second example of R's ?fisher.test
    // (matrix(c(2, 10, 15, 3), nrow = 2): dizygotic 2 convicted of 17, monozygotic 10 of 13);
    // R prints p = 0.0005367 two-sided.
    [Fact]
    public void Fisher_matches_the_convictions_example() =>
        Assert.Equal(0.0005367, FisherExactTest.TwoSided(2, 15, 10, 3), 0.0000001);

    // Agresti (2007) An Introduction to Categorical Data Analysis, 2nd ed., p. 39, gender by party
    // identification, the example of R's ?chisq.test: X-squared = 30.07, df = 2, p = 2.954e-07.
    [Fact]
    public void Chi_square_matches_the_party_identification_example()
    {
        var test = ChiSquareTest.Of(new[,] { { 762, 327, 468 }, { 484, 239, 477 } });
        Assert.Equal(30.07, test.Statistic, 0.005);
        Assert.Equal(2.954e-07, test.PValue, 0.001e-07);
        Assert.Equal("Pearson chi-square", test.Method);
    }

    // With expected counts under 5 the p-value is simulated. On the tea-tasting table every table
    // other than the central one is at least as far from independence, so the exact answer is the
    // published two-sided 0.4857; the simulation must land near it, and the same on every run.
    [Fact]
    public void Small_expected_counts_get_a_Monte_Carlo_p_near_the_exact_one()
    {
        var test = ChiSquareTest.Of(new[,] { { 3, 1 }, { 1, 3 } });
        Assert.Contains("Monte Carlo", test.Method);
        Assert.Equal(0.4857, test.PValue, 0.015);
        Assert.Equal(test.PValue, ChiSquareTest.Of(new[,] { { 3, 1 }, { 1, 3 } }).PValue);
    }

    // Holm (1979): sort the m p-values, multiply the i-th smallest by m - i + 1, keep the running
    // maximum, cap at 1. By hand: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 → 0.06.
    [Fact]
    public void Holm_steps_down_and_keeps_the_order()
    {
        var adjusted = HolmAdjustment.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 10)).ToArray());
        Assert.Equal([1.0, 1.0], HolmAdjustment.Adjust([0.6, 0.7]));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.For(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.For(5, 4));
        Assert.Throws<ArgumentException>(() => ChiSquareTest.Of(new[,] { { 5, 0 }, { 7, 0 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolmAdjustment.Adjust([1.5]));
    }
}
