using System.Text;

namespace QommerceHub.BrowserTests.Pictures;

/// <summary>
/// A Y4M video (YUV 4:2:0 planar) of a few identical frames showing an EAN-13 barcode on white, for Chromium's
/// <c>--use-file-for-fake-video-capture</c>: the fake camera then films the barcode.
/// </summary>
public static class BarcodeVideo
{
    private const int Width = 640;
    private const int Height = 480;
    private const int ModuleWidth = 4;
    private const int Frames = 5;

    public static void Write(string path, string ean13)
    {
        var luma = DrawBarcode(Ean13.Modules(ean13));
        var chroma = new byte[Width / 2 * (Height / 2)];
        Array.Fill(chroma, (byte)128); // no colour: a grey-scale picture

        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F30:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < Frames; frame++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma); // U
            file.Write(chroma); // V
        }
    }

    // Centred, with the quiet zone the standard asks for (at least 11 modules of white each side).
    private static byte[] DrawBarcode(bool[] modules)
    {
        var luma = new byte[Width * Height];
        Array.Fill(luma, (byte)255);
        var left = (Width - modules.Length * ModuleWidth) / 2;
        var (top, bottom) = (Height / 5, Height * 4 / 5);
        for (var y = top; y < bottom; y++)
        {
            for (var m = 0; m < modules.Length; m++)
            {
                if (!modules[m]) continue;
                Array.Fill(luma, (byte)0, y * Width + left + m * ModuleWidth, ModuleWidth);
            }
        }
        return luma;
    }
}
