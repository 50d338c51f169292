namespace QommerceHub.Orders.Model;

public static class CustomerRules
{
    public const int NameMin = 2;
    public const int NameMax = 200;
    public const int EmailMax = 254;
    public const int PhoneMax = 30;
    public const int AddressMax = 500;

    /// <summary>Digits with the usual separators; letters or symbols in a phone number are a typo.</summary>
    public static bool IsPhone(string value) =>
        value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');
}
