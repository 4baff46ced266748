namespace SiteOptimizer.Discovery;

/// <summary>
/// One pass over one stylesheet. It follows the CSS tokenizer only as far as finding URLs needs:
/// comments and strings are skipped whole (so <c>/* url(x) */</c> and <c>"url(x)"</c> are not
/// references), and names are read whole (so <c>myurl(</c> is not <c>url(</c>). It tracks
/// blocks only to know when it is inside <c>@font-face</c>.
/// </summary>
internal sealed class CssScanner(string css)
{
    private readonly CssReader _reader = new(css);
    private readonly LineMap _lines = new(css);
    private readonly List<Reference> _references = [];
    private int _braceDepth;
    private int _fontFaceDepth = -1;
    private bool _fontFacePending;

    public IReadOnlyList<Reference> Scan()
    {
        while (!_reader.AtEnd)
        {
            var c = _reader.Current;
            if (_reader.StartsComment())
            {
                _reader.SkipComment();
            }
            else if (_reader.StartsString())
            {
                _reader.ReadString();
            }
            else if (c == '\\')
            {
                _reader.SkipEscape();
            }
            else if (c == '@')
            {
                _reader.Position++;
                ReadAtRule(_reader.ReadName());
            }
            else if (CssReader.IsNameChar(c))
            {
                ReadNameOrFunction();
            }
            else
            {
                TrackBlocks(c);
                _reader.Position++;
            }
        }
        return _references;
    }

    private void TrackBlocks(char c)
    {
        if (c == '{')
        {
            _braceDepth++;
            if (_fontFacePending)
            {
                _fontFaceDepth = _braceDepth;
                _fontFacePending = false;
            }
        }
        else if (c == '}')
        {
            if (_braceDepth == _fontFaceDepth)
            {
                _fontFaceDepth = -1;
            }
            _braceDepth--;
        }
        else if (c == ';')
        {
            _fontFacePending = false;
        }
    }

    private void ReadAtRule(string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "import":
                ReadImport();
                break;
            case "font-face":
                _fontFacePending = true;
                break;
            case "namespace":
                // @namespace url(http://www.w3.org/1999/xhtml) names a namespace, not a resource.
                _reader.SkipPrelude();
                break;
        }
    }

    private void ReadNameOrFunction()
    {
        var name = _reader.ReadName().ToLowerInvariant();
        if (_reader.AtEnd || _reader.Current != '(')
        {
            return;
        }
        _reader.Position++;
        if (name == "url")
        {
            AddUrl(_reader.ReadUrlBody(), TypeOfUrl, "url()");
        }
        else if (name is "image-set" or "-webkit-image-set")
        {
            ReadImageSet(name + "()");
        }
    }

    private ResourceType TypeOfUrl(string url) =>
        _fontFaceDepth >= 0 ? ResourceType.Font : ResourceTypeByExtension.Guess(url, ResourceType.Image);

    private void ReadImport()
    {
        _reader.SkipWhitespaceAndComments();
        CssToken? url = null;
        if (_reader.StartsString())
        {
            url = _reader.ReadString();
        }
        else if (_reader.StartsUrlFunction())
        {
            _reader.Position += 4;
            url = _reader.ReadUrlBody();
        }
        var preludeStart = _reader.Position;
        _reader.SkipPrelude();
        var media = CssImportConditions.MediaOf(_reader.Text[preludeStart.._reader.Position]);
        AddUrl(url, _ => ResourceType.Stylesheet, "@import", media);
    }

    /// <summary>
    /// Inside <c>image-set()</c> a bare string is a URL too. Each URL is followed by its
    /// descriptor up to the next top-level comma.
    /// </summary>
    private void ReadImageSet(string origin)
    {
        var depth = 0;
        var pending = -1;
        var descriptorStart = _reader.Position;
        while (!_reader.AtEnd)
        {
            var c = _reader.Current;
            if (_reader.StartsComment())
            {
                _reader.SkipComment();
                continue;
            }
            if (_reader.StartsString() && depth > 0)
            {
                _reader.ReadString(); // an argument such as type("image/avif"), not a URL
                continue;
            }
            if (_reader.StartsString() || _reader.StartsUrlFunction())
            {
                var url = _reader.StartsString() ? _reader.ReadString() : ReadUrlFunction();
                pending = AddUrl(url, _ => ResourceType.Image, origin) ? _references.Count - 1 : -1;
                descriptorStart = _reader.Position;
                continue;
            }
            if (depth == 0 && c is ')' or ',')
            {
                SetDescriptor(pending, _reader.Text[descriptorStart.._reader.Position]);
                pending = -1;
                _reader.Position++;
                if (c == ')')
                {
                    return;
                }
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            _reader.Position++;
        }
        SetDescriptor(pending, _reader.Text[descriptorStart.._reader.Position]);
    }

    private CssToken? ReadUrlFunction()
    {
        _reader.Position += 4;
        return _reader.ReadUrlBody();
    }

    private void SetDescriptor(int index, string text)
    {
        // "a.avif" type("image/avif") 2x: the resolution is the word that is not a function.
        var descriptor = text.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(word => !word.Contains('(') && !word.Contains(')'));
        if (index >= 0 && descriptor is not null)
        {
            _references[index] = _references[index] with { Descriptor = descriptor };
        }
    }

    private bool AddUrl(CssToken? token, Func<string, ResourceType> typeOf, string origin, string? media = null)
    {
        if (token is not { } url)
        {
            return false;
        }
        var value = url.Value.Trim();
        if (!FetchableUrl.IsFetchable(value))
        {
            return false;
        }
        var (line, column) = _lines.Locate(url.Offset);
        _references.Add(new Reference(value, typeOf(value), DiscoveryKind.Css, line, column)
        {
            Origin = origin,
            Media = media,
            Offset = url.Offset,
            Length = url.Length,
        });
        return true;
    }
}
