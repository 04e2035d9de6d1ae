// Consumer smoke test on .NET Framework 4.7.2: must compile against the package's netstandard2.0 assembly.
using System;
using CrossBorder.Domain.Monetary;

internal static class Program
{
    private static int Main()
    {
        Money price = Money.Of(19.99m, "EUR");
        Money[] parts = price.Split(3);
        Console.WriteLine(parts[0] + " + " + parts[1] + " + " + parts[2] + " = " + price);
        return parts[0] + parts[1] + parts[2] == price ? 0 : 1;
    }
}
