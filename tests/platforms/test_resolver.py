import pytest

from takedown.platforms import resolve
from takedown.platforms.resolver import host_of

# (url, expected platform slug or None). Real-looking: pages, CDN image links, short
# links, mobile and regional hosts, and look-alikes that must not match.
CASES = [
    # Facebook / Messenger / shared Meta CDN
    ("https://www.facebook.com/photo/?fbid=10223344556677&set=a.1011", "facebook"),
    ("https://m.facebook.com/story.php?story_fbid=123&id=456", "facebook"),
    ("https://mbasic.facebook.com/groups/123/permalink/456/", "facebook"),
    ("https://web.facebook.com/profile.php?id=100012345678", "facebook"),
    ("https://es-la.facebook.com/people/Ana/100012345678/", "facebook"),
    ("https://fb.watch/q1w2e3r4t5/", "facebook"),
    ("https://fb.me/e/1a2b3c", "facebook"),
    ("https://scontent.fmad3-1.fna.fbcdn.net/v/t39.30808-6/412345_n.jpg?_nc_cat=1", "facebook"),
    ("https://external.xx.fbcdn.net/emg1/v/t13/123?url=x", "facebook"),
    ("https://www.messenger.com/t/123456789", "facebook"),
    ("https://m.me/j/AbCdEf", "facebook"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org", "facebook"),
    # Instagram
    ("https://www.instagram.com/p/C1a2B3c4D5e/", "instagram"),
    ("https://instagram.com/reel/C9z8Y7x6W5v/?igsh=abc", "instagram"),
    ("https://www.instagram.com/stories/someone/3312345678901234567/", "instagram"),
    ("https://scontent-lhr8-1.cdninstagram.com/v/t51.2885-15/4412_n.jpg?stp=dst-jpg", "instagram"),
    ("https://scontent.cdninstagram.com/v/t51.29350-15/1_n.webp", "instagram"),
    ("https://instagr.am/p/C1a2B3c4D5e/", "instagram"),
    ("https://ig.me/m/someone", "instagram"),
    # Threads
    ("https://www.threads.net/@someone/post/C8abcdefgh", "threads"),
    ("https://www.threads.com/@someone/post/DAbcdEfgh1", "threads"),
    # Google Search and its regional hosts
    ("https://www.google.com/search?q=name&tbm=isch", "google-search"),
    ("https://www.google.co.uk/search?q=name", "google-search"),
    ("https://www.google.es/search?q=nombre", "google-search"),
    ("https://www.google.com.mx/search?q=nombre", "google-search"),
    ("https://www.google.com.au/imgres?imgurl=x", "google-search"),
    ("https://images.google.de/imgres?imgurl=x", "google-search"),
    ("https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcQabc", "google-search"),
    ("https://encrypted-tbn3.gstatic.com/images?q=tbn:ANd9GcXyz", "google-search"),
    # Google Drive beats google.com (more specific suffix)
    ("https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing", "google-drive"),
    ("https://drive.google.com/uc?export=view&id=1AbCdEf", "google-drive"),
    ("https://docs.google.com/uc?id=1AbCdEf", "google-drive"),
    ("https://drive.usercontent.google.com/download?id=1AbC&export=view", "google-drive"),
    # YouTube
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube"),
    ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "youtube"),
    ("https://youtu.be/dQw4w9WgXcQ?t=42", "youtube"),
    ("https://www.youtube.com/shorts/AbCdEfGhIjK", "youtube"),
    ("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg", "youtube"),
    ("https://rr3---sn-h5q7knes.googlevideo.com/videoplayback?expire=1", "youtube"),
    ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube"),
    # Bing
    ("https://www.bing.com/images/search?q=name", "bing"),
    ("https://tse1.mm.bing.net/th?id=OIP.abc&pid=Api", "bing"),
    ("https://th.bing.com/th/id/OIP.abc?rs=1", "bing"),
    # X / Twitter
    ("https://x.com/someone/status/1790000000000000000", "x"),
    ("https://twitter.com/someone/status/1490000000000000000/photo/1", "x"),
    ("https://mobile.twitter.com/someone/status/149", "x"),
    ("https://pbs.twimg.com/media/GAbCdEfXwAAbCdE?format=jpg&name=large", "x"),
    ("https://video.twimg.com/ext_tw_video/179/pu/vid/720x1280/abc.mp4", "x"),
    ("https://t.co/AbCdEf1234", "x"),
    # Reddit
    ("https://www.reddit.com/r/pics/comments/1abcde/title/", "reddit"),
    ("https://old.reddit.com/r/pics/comments/1abcde/title/", "reddit"),
    ("https://i.redd.it/abcdefg12345.jpeg", "reddit"),
    ("https://preview.redd.it/abcdefg12345.jpg?width=640&auto=webp", "reddit"),
    ("https://v.redd.it/abcdefg12345", "reddit"),
    ("https://redd.it/1abcde", "reddit"),
    ("https://external-preview.redd.it/abc.jpg?auto=webp", "reddit"),
    ("https://b.thumbs.redditmedia.com/abc.jpg", "reddit"),
    # TikTok
    ("https://www.tiktok.com/@someone/video/7312345678901234567", "tiktok"),
    ("https://vm.tiktok.com/ZMabc123/", "tiktok"),
    ("https://vt.tiktok.com/ZSabc123/", "tiktok"),
    ("https://m.tiktok.com/v/7312345678901234567.html", "tiktok"),
    ("https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc~tplv.jpeg", "tiktok"),
    ("https://p19-sign.tiktokcdn-us.com/tos-useast5-p-0068-tx/abc.jpeg", "tiktok"),
    # Snapchat
    ("https://www.snapchat.com/add/someone", "snapchat"),
    ("https://story.snapchat.com/p/abc/123", "snapchat"),
    ("https://cf-st.sc-cdn.net/d/abc.jpg", "snapchat"),
    # Discord
    ("https://discord.com/channels/123/456/789", "discord"),
    ("https://discord.gg/abcdef", "discord"),
    ("https://cdn.discordapp.com/attachments/123/456/image.png?ex=1", "discord"),
    ("https://media.discordapp.net/attachments/123/456/image.png?width=400", "discord"),
    # Telegram
    ("https://t.me/somechannel/1234", "telegram"),
    ("https://telegram.me/somechannel", "telegram"),
    ("https://cdn4.telesco.pe/file/abc.jpg", "telegram"),
    ("https://telegra.ph/file/abc123.jpg", "telegram"),
    # Tumblr
    ("https://someone.tumblr.com/post/712345678901234567/title", "tumblr"),
    ("https://www.tumblr.com/someone/712345678901234567", "tumblr"),
    ("https://64.media.tumblr.com/abc/def-s1280x1920/ghi.jpg", "tumblr"),
    ("https://tmblr.co/ZAbCdE", "tumblr"),
    # Pinterest
    ("https://www.pinterest.com/pin/123456789012345678/", "pinterest"),
    ("https://es.pinterest.com/pin/123456789012345678/", "pinterest"),
    ("https://www.pinterest.co.uk/pin/123456789012345678/", "pinterest"),
    ("https://www.pinterest.com.mx/pin/123/", "pinterest"),
    ("https://pin.it/AbCdEfG", "pinterest"),
    ("https://i.pinimg.com/originals/ab/cd/ef/abcdef.jpg", "pinterest"),
    # Aylo sites
    ("https://www.pornhub.com/view_video.php?viewkey=ph5f1234567890", "pornhub"),
    ("https://es.pornhub.com/view_video.php?viewkey=ph5f1234567890", "pornhub"),
    ("https://ei.phncdn.com/videos/202301/01/123/original/(m=eaAaGwObaaaa)1.jpg", "pornhub"),
    ("https://www.youporn.com/watch/12345678/title/", "youporn"),
    ("https://www.redtube.com/12345678", "redtube"),
    # Creator platforms
    ("https://onlyfans.com/someone", "onlyfans"),
    ("https://public.onlyfans.com/files/a/ab/abc/avatar.jpg", "onlyfans"),
    ("https://fansly.com/someone/posts", "fansly"),
    ("https://cdn3.fansly.com/abc/def.jpeg", "fansly"),
    # XVideos
    ("https://www.xvideos.com/video12345678/title", "xvideos"),
    ("https://img-cf.xvideos-cdn.com/videos/thumbs169/ab/cd/ef/abc.jpg", "xvideos"),
    # xHamster and XNXX
    ("https://xhamster.com/videos/some-title-xhAbC12", "xhamster"),
    ("https://xhamster.desi/videos/some-title-xhAbC12", "xhamster"),
    ("https://xhamster2.com/videos/some-title-xhAbC12", "xhamster"),
    ("https://thumb-p3.xhcdn.com/a/AbCdEf/000/123/456/1280x720.jpg", "xhamster"),
    ("https://www.xnxx.com/video-abc12de/some_title", "xnxx"),
    ("https://cdn77-pic.xnxx-cdn.com/videos/thumbs169/ab/cd/ef/abc.jpg", "xnxx"),
    # Imgur
    ("https://imgur.com/gallery/AbCdEfG", "imgur"),
    ("https://i.imgur.com/AbCdEfG.jpeg", "imgur"),
    ("https://m.imgur.com/a/AbCdEfG", "imgur"),
    ("https://imgur.io/AbCdEfG", "imgur"),
    # Cloudflare-hosted content
    ("https://pub-0123456789abcdef.r2.dev/photos/a.jpg", "cloudflare"),
    ("https://my-gallery.pages.dev/a.jpg", "cloudflare"),
    ("https://imagedelivery.net/AbCdEf/abc-123/public", "cloudflare"),
    ("https://worker-name.account.workers.dev/img/1.jpg", "cloudflare"),
    # Bluesky
    ("https://bsky.app/profile/someone.bsky.social/post/3kabcdefghi2x", "bluesky"),
    ("https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abc/bafkrei@jpeg", "bluesky"),
    ("https://video.bsky.app/watch/did%3Aplc%3Aabc/bafkrei/playlist.m3u8", "bluesky"),
    # Mastodon gGmbH's servers
    ("https://mastodon.social/@someone/112345678901234567", "mastodon"),
    ("https://files.mastodon.social/media_attachments/files/112/original/abc.jpg", "mastodon"),
    # Other large Mastodon servers, each in its own file
    ("https://mstdn.social/@someone/112345678901234567", "mstdn-social"),
    ("https://media.mstdn.social/media_attachments/files/112/original/abc.png", "mstdn-social"),
    ("https://mastodon.world/@someone/112345678901234567", "mastodon-world"),
    ("https://mas.to/@someone/112345678901234567", "mas-to"),
    ("https://mstdn.jp/@someone/112345678901234567", "mstdn-jp"),
    ("https://infosec.exchange/@someone/112345678901234567", "infosec-exchange"),
    ("https://media.infosec.exchange/infosec.exchange/media_attachments/a.jpg", "infosec-exchange"),
    ("https://hachyderm.io/@someone/112345678901234567", "hachyderm-io"),
    ("https://media.hachyderm.io/media_attachments/files/112/original/abc.jpg", "hachyderm-io"),
    # Twitch
    ("https://www.twitch.tv/videos/2012345678", "twitch"),
    ("https://clips.twitch.tv/SomeClipSlug-AbCdEf", "twitch"),
    ("https://static-cdn.jtvnw.net/cf_vods/d2nvs31859zcd8/abc/thumb/thumb0.jpg", "twitch"),
    # Vimeo
    ("https://vimeo.com/123456789", "vimeo"),
    ("https://player.vimeo.com/video/123456789?h=abc", "vimeo"),
    ("https://i.vimeocdn.com/video/1234567890-abc_640.jpg", "vimeo"),
    # WordPress.com
    ("https://someone.wordpress.com/2024/05/01/post/", "wordpress-com"),
    ("https://someone.files.wordpress.com/2024/05/photo.jpg", "wordpress-com"),
    ("https://i0.wp.com/someone.wordpress.com/wp-content/uploads/a.jpg", "wordpress-com"),
    ("https://wp.me/p1AbCd-2x", "wordpress-com"),
    # File hosts
    ("https://www.dropbox.com/s/abc123/photo.jpg?dl=0", "dropbox"),
    ("https://www.dropbox.com/scl/fi/abc/photo.jpg?rlkey=x&dl=1", "dropbox"),
    ("https://dl.dropboxusercontent.com/s/abc123/photo.jpg", "dropbox"),
    ("https://mega.nz/file/AbCdEfGh#KeyKeyKey", "mega"),
    ("https://mega.nz/folder/AbCdEfGh#KeyKeyKey", "mega"),
    ("https://mega.co.nz/#!AbCdEfGh!KeyKeyKey", "mega"),
    # Case, trailing dot, port and bare hosts are normalised
    ("HTTPS://WWW.INSTAGRAM.COM/P/ABC/", "instagram"),
    ("https://www.reddit.com./r/pics/", "reddit"),
    ("https://i.imgur.com:443/AbCdEfG.png", "imgur"),
    ("i.redd.it/abcdefg12345.jpeg", "reddit"),
    ("//pbs.twimg.com/media/abc.jpg", "x"),
    # Look-alikes and unrelated hosts must NOT match
    ("https://instagram.com.evil.example/p/abc", None),
    ("https://facebook.com-login.example/", None),
    ("https://notinstagram.com/p/abc", None),
    ("https://myreddit.com/r/pics", None),
    ("https://xtwitter.com/someone/status/1", None),
    ("https://fakefbcdn.net/v/abc.jpg", None),
    ("https://t.co.evil.example/abc", None),
    ("https://evil.example/?next=https://www.instagram.com/", None),
    ("https://www.instagram.com@evil.example/p/abc", None),
    ("https://xn--nstagram-p3g.com/p/abc", None),  # a punycode look-alike
    ("https://\u0456nstagram.com/p/abc", None),  # Cyrillic i, normalised to punycode
    ("https://google.com.evil.example/search?q=x", None),
    ("https://wordpress.org/plugins/", None),
    ("https://example.com/image.jpg", None),
    ("https://xhamster.com.evil.example/videos/x", None),
    ("https://notxhamster.com/videos/x", None),
    ("https://xnxx.com.example.net/video-abc", None),
    ("https://fakexhcdn.com/a.jpg", None),
    ("https://notmas.to/@someone", None),
    ("https://mastodon.world.evil.example/@someone", None),
    ("https://social.example/@someone/112345678901234567", None),  # an unlisted server
    ("https://203.0.113.7/image.jpg", None),
    ("https://[2001:db8::1]/image.jpg", None),
    ("", None),
    ("not a url at all", None),
]


@pytest.mark.parametrize(("url", "expected"), CASES, ids=[c[0][:60] or "empty" for c in CASES])
def test_resolve_maps_url_to_expected_platform(url, expected):
    platform = resolve(url)
    assert (platform.slug if platform else None) == expected


def test_table_covers_at_least_a_hundred_urls():
    assert len(CASES) >= 100


def test_more_specific_domain_wins_over_its_parent():
    assert resolve("https://drive.google.com/file/d/1").slug == "google-drive"
    assert resolve("https://www.google.com/search?q=x").slug == "google-search"


def test_host_of_returns_punycode_for_unicode_hosts():
    assert host_of("https://b\u00fccher.example/a") == "xn--bcher-kva.example"


def test_host_of_drops_userinfo_port_and_trailing_dot():
    assert host_of("https://user:pw@Cdn.Example.COM.:8443/x") == "cdn.example.com"
