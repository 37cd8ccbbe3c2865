def test_home_page_speaks_english_by_default(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Get intimate images of you taken down" in response.text


def test_home_page_follows_the_browser_language(client):
    response = client.get("/", headers={"accept-language": "es"})
    assert "Consigue que retiren imágenes íntimas tuyas" in response.text
    assert '<html lang="es"' in response.text


def test_every_page_sends_no_referrer(client):
    assert client.get("/")["Referrer-Policy"] == "same-origin"
