using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Claims;

public class RegisteredBaseTests
{
    [Fact]
    public void Candidates_are_computed_from_the_reference_figures_like_for_like_first()
    {
        var reference = Repo.Reference;
        int Minor(RegisteredForm f) => reference.Registered("2019-2023", RegisteredAgeGroup.Minor, f)!.Value;

        var candidates = RegisteredBase.Candidates(reference);

        Assert.Equal(Minor(RegisteredForm.Sexual) + Minor(RegisteredForm.Criminal), candidates[0].Count);
        Assert.True(candidates[0].Derived);
        Assert.Equal(Minor(RegisteredForm.AllForms), candidates[1].Count);
        Assert.False(candidates[1].Derived);
        Assert.Equal(Minor(RegisteredForm.Sexual) + Minor(RegisteredForm.Criminal) + Minor(RegisteredForm.Labour) + Minor(RegisteredForm.Unknown), candidates[2].Count);
        Assert.Same(candidates[0].Name, RegisteredBase.Named(reference).Name);
    }

    [Fact]
    public void The_sources_inconsistency_is_visible_in_the_candidates()
    {
        var candidates = RegisteredBase.Candidates(Repo.Reference);
        // The published total and the sum of its forms disagree (373 vs 377 in the brief); both are shown.
        Assert.NotEqual(candidates[1].Count, candidates[2].Count);
        Assert.Contains("inconsistent", candidates[2].Explanation);
    }
}
