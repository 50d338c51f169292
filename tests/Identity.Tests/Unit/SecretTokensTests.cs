using QommerceHub.Identity.Security;

namespace QommerceHub.Identity.Tests.Unit;

public sealed class SecretTokensTests
{
    [Fact]
    public void Tokens_are_url_safe_unique_and_hashed_deterministically()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => SecretTokens.NewToken()).ToList();

        Assert.Equal(100, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(SecretTokens.Hash(tokens[0]), SecretTokens.Hash(tokens[0]));
        Assert.NotEqual(SecretTokens.Hash(tokens[0]), SecretTokens.Hash(tokens[1]));
    }
}
