using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Orders.Tests.Unit;

/// <summary>Every workflow refusal has one status, so a service's answers cannot drift apart.</summary>
public sealed class OutcomeProblemTests
{
    [Theory]
    [InlineData(Refusal.Invalid, 400)]
    [InlineData(Refusal.Unauthenticated, 401)]
    [InlineData(Refusal.Forbidden, 403)]
    [InlineData(Refusal.NotFound, 404)]
    [InlineData(Refusal.Conflict, 409)]
    [InlineData(Refusal.Stale, 412)]
    [InlineData(Refusal.Locked, 423)]
    [InlineData(Refusal.ProviderFailed, 502)]
    public void A_refusal_is_answered_with_its_status_the_sentence_and_the_details(Refusal refusal, int status)
    {
        var outcome = Outcome.Refuse<string>(refusal, "Not like this", new Dictionary<string, object?> { ["current_version"] = 4L });

        var problem = ApiResults.Problem(outcome);

        Assert.Equal(status, problem.StatusCode);
        Assert.Equal("Not like this", problem.ProblemDetails.Title);
        Assert.Equal("Not like this", problem.ProblemDetails.Extensions["error"]);
        Assert.Equal(4L, problem.ProblemDetails.Extensions["current_version"]);
    }

    [Fact]
    public void Invalid_fields_are_answered_as_a_validation_problem_naming_each_field()
    {
        var outcome = Outcome.Invalid<string>(new FieldErrors().Add("quantity", "Quantity must be at most 5").Add("name", "Name is required"));

        var problem = ApiResults.Problem(outcome);

        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("Validation failed", problem.ProblemDetails.Extensions["error"]);
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.Equal(["Quantity must be at most 5"], errors["quantity"]);
        Assert.Equal(["Name is required"], errors["name"]);
    }

    [Fact]
    public void A_successful_outcome_has_no_problem_to_answer()
    {
        Assert.True(Outcome.Ok("done").Succeeded);
        Assert.Throws<ArgumentException>(() => ApiResults.Problem(Outcome.Ok("done")));
    }
}
