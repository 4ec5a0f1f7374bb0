using ChatFindings.Load;
using CsCheck;

namespace ChatFindings.Tests.Load;

/// <summary>The runs of consecutive lines give back every row's line, whatever the gaps (multi-line cells, blank lines, rejected rows).</summary>
public class RowLinesTests
{
    [Fact]
    public void Every_row_gets_its_line_back() =>
        Gen.Frequency((6, Gen.Const(1)), (1, Gen.Int[2, 5])).Array[0, 300].Sample(steps =>
        {
            var expected = new List<int>();
            var lines = new RowLines();
            var line = 2; // after the header
            foreach (var step in steps)
            {
                expected.Add(line);
                lines.Add(line);
                line += step;
            }
            Assert.Equal(expected, lines);
            Assert.Equal(expected.Count, lines.Count);
            for (var row = 0; row < expected.Count; row++) Assert.Equal(expected[row], lines[row]);
            Assert.Throws<ArgumentOutOfRangeException>(() => lines[expected.Count]);
        }, iter: 200);
}
