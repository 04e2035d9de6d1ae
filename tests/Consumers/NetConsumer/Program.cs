// Consumer smoke test: references the packed CrossBorder.Domain package from a local folder, as a user's application does.
using System;
using System.Text.Json;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Serialization;

Money freight = Money.Of(1_000m, "USD");
Money[] shares = freight.Allocate(4350, 2175, 1180);
Check(shares[0] + shares[1] + shares[2] == freight, "allocation conserves the total");

string json = JsonSerializer.Serialize(shares[0], CrossBorderJson.Options);
Check(json == "{\"amount\":\"564.57\",\"currency\":\"USD\"}", "money JSON contract: " + json);

Console.WriteLine("net10.0 consumer: OK");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        Environment.Exit(1);
    }
}
