namespace ChatFindings.Synthetic;

/// <summary>
/// Generates synthetic conversations shaped like the coded Fier chat data and calibrated to the
/// published figures (<see cref="CalibrationTargets"/>). Deterministic for a seed and a row count.
/// <para>
/// Per year, the rows are split exactly (largest remainder) over cells of reporter x age band x
/// parent exploiter x form of exploitation, and the cells are drawn in random order without
/// replacement; so the counts the findings rest on (F1, F5) are met for every seed and scale with
/// the row count. The other variables are drawn per row, conditional on the cell.
/// </para>
/// </summary>
public sealed class SyntheticGenerator
{
    public const int DefaultSeed = 20241210;
    public const int DefaultRows = 1380;
    public const string Name = "ChatFindings.SyntheticGenerator v1";

    private const int Bands = 3; // age band: minor, adult, unknown
    private const int Minor = 0, Adult = 1, UnknownAge = 2;
    private const int Types = 5;
    private const int Cells = 2 * Bands * 2 * Types;
    private const int BlockRows = 4096;

    // Share of rows with no age, by reporter (victim, third party): others know the age less often.
    private static readonly double[] AgeUnknown = [0.04, 0.12];
    // Where parent cases fall by age band: mostly minors (the CKM study: mean age 15, youngest 9).
    private static readonly double[] ParentBandSplit = [0.85, 0.12, 0.03];
    // Form of exploitation by a parent (CKM 2025: 112 of the nearly 130 were sexual exploitation).
    private static readonly double[] ParentTypeWeights = [0.87, 0.05, 0.04, 0.02, 0.02];
    // Ages 9..17 of minors exploited by a parent: younger than other minors.
    private static readonly double[] ParentMinorAgeWeights = [2, 2, 3, 5, 7, 9, 9, 8, 5];
    private static readonly double[] ParentDurationWeights = [0.15, 0.20, 0.35, 0.30];

    private readonly int _seed;
    private readonly int _rows;

    public SyntheticGenerator(int seed = DefaultSeed, int rows = DefaultRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        _seed = seed;
        _rows = rows;
    }

    public int Seed => _seed;
    public int Rows => _rows;

    /// <summary>The years covered, in output order.</summary>
    public static IReadOnlyList<int> Years { get; } = Array.ConvertAll(YearProfile.All, p => p.Year);

    /// <summary>Rows per year for a total: proportional to the published yearly counts, adding up exactly.</summary>
    public static int[] RowsPerYear(int rows) =>
        LargestRemainder.Allocate(rows, Array.ConvertAll(YearProfile.All, p => (double)p.Conversations));

    /// <summary>Streams the conversations, ordered by year, with ids S000001, S000002, ...</summary>
    public IEnumerable<Conversation> Generate()
    {
        var random = new SeededRandom((ulong)_seed);
        var perYear = RowsPerYear(_rows);
        var number = 0;
        var block = new ConversationStore(BlockRows);
        for (var y = 0; y < YearProfile.All.Length; y++)
        {
            var profile = YearProfile.All[y];
            var draw = new QuotaDraw(LargestRemainder.Allocate(perYear[y], CellWeights(profile)));
            var row = new RowGenerator(random, profile);
            while (draw.Remaining > 0)
            {
                var cell = draw.Next(random);
                number++;
                // Rows go into column blocks, so streaming millions of them makes no object per row.
                if (block.Count == BlockRows) block = new ConversationStore(BlockRows);
                var at = row.Next(block, Id(number), cell / (Bands * 2 * Types) == 1, cell / (2 * Types) % Bands,
                    cell / Types % 2 == 1, (ExploitationType)(cell % Types));
                yield return new Conversation(block, at);
            }
        }
    }

    /// <summary>Pseudonymous id: 'S' and the row number, at least six digits.</summary>
    public static string Id(int number) =>
        "S" + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Joint share of each cell in one year (they add up to 1).</summary>
    private static double[] CellWeights(YearProfile y)
    {
        double[] reporter = [1 - y.ThirdPartyShare, y.ThirdPartyShare];
        var band = new double[2, Bands];
        var bandTotal = new double[Bands];
        for (var r = 0; r < 2; r++)
        {
            band[r, Minor] = (1 - AgeUnknown[r]) * y.MinorShare;
            band[r, Adult] = (1 - AgeUnknown[r]) * (1 - y.MinorShare);
            band[r, UnknownAge] = AgeUnknown[r];
            for (var b = 0; b < Bands; b++) bandTotal[b] += reporter[r] * band[r, b];
        }

        var weights = new double[Cells];
        for (var r = 0; r < 2; r++)
        for (var b = 0; b < Bands; b++)
        {
            var parent = Math.Min(0.9, y.ParentShare * ParentBandSplit[b] / bandTotal[b]);
            for (var p = 0; p < 2; p++)
            {
                var typeWeights = p == 1 ? ParentTypeWeights : TypeWeightsFor(y, adult: b == Adult);
                var typeSum = 0.0;
                foreach (var w in typeWeights) typeSum += w;
                for (var t = 0; t < Types; t++)
                    weights[((r * Bands + b) * 2 + p) * Types + t] =
                        reporter[r] * band[r, b] * (p == 1 ? parent : 1 - parent) * typeWeights[t] / typeSum;
            }
        }
        return weights;
    }

    // Adults meet labour exploitation more often than minors do.
    private static double[] TypeWeightsFor(YearProfile y, bool adult)
    {
        if (!adult) return y.TypeWeights;
        var w = (double[])y.TypeWeights.Clone();
        w[(int)ExploitationType.Labour] *= 3;
        return w;
    }

    /// <summary>Draws the variables of one row given its cell.</summary>
    private sealed class RowGenerator(SeededRandom random, YearProfile year)
    {
        public int Next(ConversationStore store, string id, bool thirdParty, int band, bool parent, ExploitationType type)
        {
            var sexual = type is ExploitationType.Sexual or ExploitationType.SexualAndCriminal;
            var age = DrawAge(band, parent);
            var clients = Missing(0.15) ? (bool?)null : random.Chance(parent ? 0.5 : ClientsShare(type));
            var online = Missing(0.15) ? (bool?)null : random.Chance(parent ? 0.08 : OnlineShare(type));
            var firstDisclosure = Missing(thirdParty ? 0.55 : 0.06) ? (bool?)null : random.Chance(parent ? 0.72 : 0.64);
            var confidant = DrawConfidant(firstDisclosure, parent);
            var reaction = confidant is null or Confidant.None || Missing(0.12) ? (Reaction?)null : DrawReaction();
            var help = Missing(0.10) ? (bool?)null : random.Chance(HelpShare(reaction));
            var police = Missing(0.20) ? (bool?)null
                : random.Chance(0.10 + (help == true ? 0.08 : 0) + (band == Adult ? 0.05 : 0));

            return store.Add(
                System.Text.Encoding.UTF8.GetBytes(id),
                year.Year,
                thirdParty ? Reporter.ThirdParty : Reporter.Victim,
                age,
                Missing(thirdParty ? 0.08 : 0.03) ? null : DrawGender(type),
                type,
                DrawPerpetrators(parent, type, thirdParty),
                Missing(thirdParty ? 0.25 : 0.12) ? null
                    : (Duration)random.Pick(parent ? ParentDurationWeights : year.DurationWeights),
                Missing(thirdParty ? 0.20 : 0.10) ? null : random.Chance(year.OngoingShare),
                firstDisclosure,
                online,
                DrawPlatforms(online, clients, type, sexual),
                clients,
                confidant,
                reaction,
                help,
                police);
        }

        private bool Missing(double share) => random.Chance(share);

        private int? DrawAge(int band, bool parent)
        {
            switch (band)
            {
                case Minor when parent:
                    return 9 + random.Pick(ParentMinorAgeWeights);
                case Minor:
                    return YearProfile.MinorAgeFrom + random.Pick(year.MinorAgeWeights);
                case Adult when parent:
                    return random.NextInt(18, 25);
                case Adult:
                    // 18-20, 21-25, 26-35, 36-50: mostly young adults; the 2020 report gives ages up to 50.
                    return random.Pick([0.38, 0.30, 0.22, 0.10]) switch
                    {
                        0 => random.NextInt(18, 20),
                        1 => random.NextInt(21, 25),
                        2 => random.NextInt(26, 35),
                        _ => random.NextInt(36, 50),
                    };
                default:
                    return null;
            }
        }

        private Gender DrawGender(ExploitationType type)
        {
            if (random.Chance(0.01)) return Gender.Other;
            var female = type switch
            {
                ExploitationType.Sexual => 0.96,
                ExploitationType.SexualAndCriminal => 0.80,
                ExploitationType.Criminal => 0.45,
                ExploitationType.Labour => 0.45,
                _ => 0.70,
            };
            return random.Chance(female) ? Gender.Female : Gender.Male;
        }

        // Relationships other than (step/foster) parents, by form: lover boys in sexual exploitation,
        // peers and acquaintances in criminal exploitation. Index = bit of Perpetrators.
        private static readonly double[] SexualOthers = [0, 0, 0.10, 0.38, 0.14, 0.14, 0.16, 0.08];
        private static readonly double[] CriminalOthers = [0, 0, 0.08, 0.12, 0.35, 0.25, 0.12, 0.08];
        private static readonly double[] LabourOthers = [0, 0, 0.20, 0.10, 0.05, 0.40, 0.05, 0.20];

        private Perpetrators DrawPerpetrators(bool parent, ExploitationType type, bool thirdParty)
        {
            var others = type switch
            {
                ExploitationType.Criminal => CriminalOthers,
                ExploitationType.Labour => LabourOthers,
                _ => SexualOthers,
            };
            Perpetrators result;
            if (parent)
            {
                result = random.Chance(0.72) ? Perpetrators.Parent : Perpetrators.StepOrFosterParent;
                if (random.Chance(0.05)) result |= Perpetrators.Parent | Perpetrators.StepOrFosterParent;
                if (random.Chance(0.12)) result |= Perpetrators.OtherFamily;
                if (random.Chance(0.06)) result |= Perpetrators.Acquaintance;
                return result;
            }
            if (Missing(thirdParty ? 0.12 : 0.07)) return Perpetrators.None;
            result = (Perpetrators)(1 << random.Pick(others));
            // About 1 in 5 name more than one exploiter (2019 report).
            if (random.Chance(0.22))
            {
                var second = (Perpetrators)(1 << random.Pick(others));
                result |= second == result ? Perpetrators.Acquaintance : second;
            }
            return result;
        }

        private static double ClientsShare(ExploitationType type) => type switch
        {
            ExploitationType.Sexual => 0.55,
            ExploitationType.SexualAndCriminal => 0.45,
            ExploitationType.Criminal => 0.03,
            ExploitationType.Labour => 0.02,
            _ => 0.08,
        };

        private static double OnlineShare(ExploitationType type) => type switch
        {
            ExploitationType.Sexual => 0.52,
            ExploitationType.SexualAndCriminal => 0.45,
            ExploitationType.Criminal => 0.33,
            ExploitationType.Labour => 0.25,
            _ => 0.30,
        };

        private Platforms DrawPlatforms(bool? online, bool? clients, ExploitationType type, bool sexual)
        {
            var result = Platforms.None;
            if (online == true)
            {
                if (random.Chance(0.50)) result |= Platforms.SocialMedia;
                if (random.Chance(0.42)) result |= Platforms.MessagingApp;
                if (random.Chance(sexual ? 0.28 : 0.02)) result |= Platforms.SexAdSite;
                if (random.Chance(sexual ? 0.12 : 0.03)) result |= Platforms.DatingApp;
                if (random.Chance(type == ExploitationType.Criminal ? 0.12 : 0.05)) result |= Platforms.Gaming;
                if (random.Chance(0.05)) result |= Platforms.OtherOnline;
                if (result == Platforms.None) result = Platforms.SocialMedia;
            }
            else if (sexual && clients == true && random.Chance(0.30))
            {
                // Not recruited online, but advertised to clients on a sex-advertisement site.
                result = Platforms.SexAdSite;
            }
            return result;
        }

        private static readonly double[] ConfidantWeights = [0.20, 0.08, 0.35, 0.10, 0.12, 0.05, 0.10];
        private static readonly double[] ParentCaseConfidantWeights = [0.06, 0.12, 0.38, 0.16, 0.14, 0.04, 0.10];

        private Confidant? DrawConfidant(bool? firstDisclosure, bool parent)
        {
            if (firstDisclosure == true) return Confidant.None;
            if (firstDisclosure is null && random.Chance(0.85)) return null;
            return (Confidant)random.Pick(parent ? ParentCaseConfidantWeights : ConfidantWeights);
        }

        private Reaction DrawReaction() => (Reaction)random.Pick([0.38, 0.24, 0.14, 0.24]);

        // A supportive first reaction goes with accepting help (F7).
        private static double HelpShare(Reaction? reaction) => reaction switch
        {
            Reaction.Supportive => 0.72,
            Reaction.Disbelieving => 0.42,
            Reaction.Blaming => 0.38,
            Reaction.NoAction => 0.45,
            _ => 0.55,
        };
    }
}
