using ChatFindings.Tests.Synthetic;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Reference;

public class ReferenceFiguresTests
{
    private static readonly string ReferenceDir = Repo.PathOf("data", "reference");
    private static readonly ReferenceFigures Figures = ReferenceFigures.Load(ReferenceDir);

    [Fact]
    public void Every_reference_file_loads_without_errors()
    {
        Assert.Equal(3, Figures.Reports.Count);
        Assert.All(Figures.Reports, r => Assert.True(r.IsValid, string.Join("\n", r.Errors)));
        Assert.Equal(Figures.Reports.Sum(r => r.RowsRead),
            Figures.RegisteredVictims.Count + Figures.ChatFigures.Count + Figures.ClientStudy.Count);
    }

    [Fact]
    public void Every_row_names_its_source()
    {
        Assert.All(Figures.RegisteredVictims, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
        Assert.All(Figures.ChatFigures.Concat(Figures.ClientStudy), f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void Yearly_registrations_add_up_to_the_period_total_through_the_derived_2022_figure()
    {
        var total = Figures.Registered("2019-2023", RegisteredAgeGroup.AllAges, RegisteredForm.AllForms);
        var years = new[] { "2019", "2020", "2021", "2022", "2023" }
            .Select(y => Figures.Registered(y, RegisteredAgeGroup.AllAges, RegisteredForm.AllForms)!.Value).ToList();
        Assert.Equal(total, years.Sum());
        var y2022 = Figures.RegisteredVictims.Single(f => f.Period.ToString() == "2022" && f.AgeGroup == RegisteredAgeGroup.AllAges);
        Assert.True(y2022.Derived);
    }

    [Fact]
    public void The_inconsistent_split_of_registered_minors_is_recorded()
    {
        var minorsTotal = Figures.Registered("2019-2023", RegisteredAgeGroup.Minor, RegisteredForm.AllForms)!.Value;
        var byForm = Figures.RegisteredVictims
            .Where(f => f.Period.ToString() == "2019-2023" && f.AgeGroup == RegisteredAgeGroup.Minor && f.Form != RegisteredForm.AllForms)
            .ToList();
        Assert.Equal(4, byForm.Count);
        var sum = byForm.Sum(f => f.Count!.Value);
        Assert.NotEqual(minorsTotal, sum); // the source is inconsistent; the data must not hide it
        var totalRow = Figures.RegisteredVictims.Single(f =>
            f.Period.ToString() == "2019-2023" && f.AgeGroup == RegisteredAgeGroup.Minor && f.Form == RegisteredForm.AllForms);
        Assert.Contains(sum.ToString(System.Globalization.CultureInfo.InvariantCulture), totalRow.Note);
        Assert.Contains(minorsTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), totalRow.Note);
        Assert.Contains("inconsistent", totalRow.Note);
    }

    [Fact]
    public void The_minors_of_2021_and_2022_are_gaps_and_their_sum_is_derived_from_the_total()
    {
        Assert.Null(Figures.Registered("2021", RegisteredAgeGroup.Minor, RegisteredForm.AllForms));
        Assert.Null(Figures.Registered("2022", RegisteredAgeGroup.Minor, RegisteredForm.AllForms));
        var derived = Figures.RegisteredVictims.Single(f => f.Period.ToString() == "2021-2022" && f.AgeGroup == RegisteredAgeGroup.Minor);
        Assert.True(derived.Derived);
        var known = new[] { "2019", "2020", "2023" }.Sum(y => Figures.Registered(y, RegisteredAgeGroup.Minor, RegisteredForm.AllForms)!.Value);
        Assert.Equal(Figures.Registered("2019-2023", RegisteredAgeGroup.Minor, RegisteredForm.AllForms) - known, derived.Count);
    }

    [Fact]
    public void Gaps_have_no_value_and_a_note_saying_so()
    {
        var gaps = Figures.RegisteredVictims.Where(f => f.Count is null).Select(f => f.Note)
            .Concat(Figures.ChatFigures.Concat(Figures.ClientStudy).Where(f => f.Value is null).Select(f => f.Note)).ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, note => Assert.StartsWith("gap:", note));
        Assert.Null(Figures.Chat("2023", "victims").Value);
    }

    [Fact]
    public void Every_derived_row_is_flagged_and_shows_its_arithmetic_and_no_other_row_claims_to_be_derived()
    {
        var registered = Figures.RegisteredVictims.Select(f => (f.Derived, f.Note));
        var published = Figures.ChatFigures.Concat(Figures.ClientStudy).Select(f => (f.Derived, f.Note));
        foreach (var (derived, note) in registered.Concat(published))
            Assert.Equal(derived, note?.StartsWith("derived:", StringComparison.Ordinal) == true);
        // The derived values the brief names are present and flagged.
        Assert.True(Figures.Chat("2019-2023", "ratio_to_registered_minors").Derived);
        Assert.True(Figures.Chat("2019-2023", "ratio_to_registered_minors_sexual_or_criminal").Derived);
    }

    [Fact]
    public void Derived_ratios_agree_with_the_figures_they_come_from()
    {
        var chatMinors = Figures.Chat("2019-2023", "minor_victims_sexual_or_criminal").Value!.Value;
        var minors = Figures.Registered("2019-2023", RegisteredAgeGroup.Minor, RegisteredForm.AllForms)!.Value;
        var sexualOrCriminal = Figures.Registered("2019-2023", RegisteredAgeGroup.Minor, RegisteredForm.Sexual)!.Value
            + Figures.Registered("2019-2023", RegisteredAgeGroup.Minor, RegisteredForm.Criminal)!.Value;
        Assert.Equal(Math.Round(chatMinors / minors, 1), Figures.Chat("2019-2023", "ratio_to_registered_minors").Value);
        Assert.Equal(Math.Round(chatMinors / sexualOrCriminal, 1), Figures.Chat("2019-2023", "ratio_to_registered_minors_sexual_or_criminal").Value);
    }

    [Fact]
    public void Chat_figures_match_the_yearly_counts_the_generator_is_calibrated_to()
    {
        Assert.Equal(299, Figures.Chat("2019", "victims").Value);
        Assert.Equal(283, Figures.Chat("2020", "unique_visitors").Value);
        Assert.Equal(FigureQualifier.Nearly, Figures.Chat("2019-2023", "parent_conversations").Qualifier);
        Assert.Equal(FigureUnit.Percent, Figures.ClientStudy.Single(f => f.Measure == "victims_girls").Unit);
    }
}
