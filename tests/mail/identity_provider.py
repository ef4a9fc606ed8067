"""A small stand-in for Microsoft's and Google's sign-in services, over real HTTPS on 127.0.0.1.

It speaks just enough OAuth2 for the real MSAL and google-auth-oauthlib code:
OpenID discovery, an authorize page that redirects straight back with a code
(checking PKCE when the code is exchanged), a token endpoint for codes,
refresh tokens and device codes, and a device-code endpoint.  It remembers
every token it issued, so the XOAUTH2 mail server can check the one it is given.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ACCOUNT = "frontdesk@springback.example"
CLIENT_ID = "7b0c9d6e-1111-4222-8333-944455556666"
TENANT = "springback-tenant"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class IssuedToken:
    account: str
    expires_at: float
    revoked: bool = False


@dataclass
class IdentityProvider:
    """What the stand-in service has issued, and how it should behave next."""

    base: str = ""
    account: str = ACCOUNT
    access_token_seconds: int = 3600
    authorize_error: tuple[str, str] | None = None  # (error, description) sent back from the sign-in page
    refresh_error: tuple[str, str] | None = None  # (error, description) for every refresh
    granted_scope: str | None = None  # less than was asked for: a permission unticked on the consent page
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    access_tokens: dict[str, IssuedToken] = field(default_factory=dict)
    refresh_tokens: dict[str, IssuedToken] = field(default_factory=dict)
    grants: list[str] = field(default_factory=list)  # grant_type of each token request, in order
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def authority(self) -> str:
        """The Microsoft-style authority for MSAL."""
        return f"{self.base}/{TENANT}"

    def token_is_good(self, token: str, account: str) -> bool:
        issued = self.access_tokens.get(token)
        return bool(issued and not issued.revoked and issued.account == account and issued.expires_at > time.time())

    def expire_access_tokens(self) -> None:
        """Every access token stops working now, though the programme still thinks it has time left."""
        for issued in self.access_tokens.values():
            issued.expires_at = 0

    def revoke_everything(self) -> None:
        """The account's sign-in is withdrawn (password changed, or an administrator signed it out)."""
        for issued in (*self.access_tokens.values(), *self.refresh_tokens.values()):
            issued.revoked = True

    def approve_device(self, user_code: str) -> None:
        """The therapist typed the code on the sign-in page of another device."""
        for device in self.devices.values():
            if device["user_code"] == user_code:
                device["approved"] = True

    def _id_token(self, nonce: str, google: bool) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": "https://accounts.google.com" if google else f"{self.authority}/v2.0",
            "sub": "subject-1",
            "aud": CLIENT_ID,
            "iat": now,
            "nbf": now,
            "exp": now + 3600,
            "email": self.account,
        }
        if not google:
            claims.update(oid="user-1", tid="tenant-1", preferred_username=self.account, name="Front Desk")
        if nonce:
            claims["nonce"] = nonce
        header = _b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        return f"{header}.{_b64url(json.dumps(claims).encode())}.c2lnbmF0dXJl"

    def issue(self, scope: str, nonce: str = "", google: bool = False) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.access_tokens[access] = IssuedToken(self.account, time.time() + self.access_token_seconds)
        self.refresh_tokens[refresh] = IssuedToken(self.account, time.time() + 86400)
        answer: dict[str, Any] = {
            "token_type": "Bearer",
            "scope": self.granted_scope if self.granted_scope is not None else scope,
            "expires_in": self.access_token_seconds,
            "access_token": access,
            "refresh_token": refresh,
            "id_token": self._id_token(nonce, google),
        }
        if not google:
            answer["client_info"] = _b64url(json.dumps({"uid": "user-1", "utid": "tenant-1"}).encode())
        return answer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the test output stays readable
        pass

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        provider = self.server.provider
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        if url.path.endswith("/.well-known/openid-configuration"):
            root = f"{provider.authority}/oauth2/v2.0"
            self._json(
                200,
                {
                    "issuer": f"{provider.authority}/v2.0",
                    "authorization_endpoint": f"{root}/authorize",
                    "token_endpoint": f"{root}/token",
                    "device_authorization_endpoint": f"{root}/devicecode",
                },
            )
        elif url.path.endswith("/authorize") or url.path == "/google/auth":
            back: dict[str, str] = {"state": query.get("state", "")}
            if provider.authorize_error:
                back.update(error=provider.authorize_error[0], error_description=provider.authorize_error[1])
            else:
                code = secrets.token_urlsafe(16)
                with provider.lock:
                    provider.codes[code] = query
                back["code"] = code
            if query.get("response_mode") == "form_post":
                # As Microsoft does for MSAL: a page whose form the browser posts to the loopback address at once.
                inputs = "".join(
                    f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">' for k, v in back.items()
                )
                page = (
                    f'<html><body onload="document.forms[0].submit()"><form method="post" '
                    f'action="{html.escape(query["redirect_uri"])}">{inputs}</form></body></html>'
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return
            self.send_response(302)
            self.send_header("Location", f"{query['redirect_uri']}?{urllib.parse.urlencode(back)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        provider = self.server.provider
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        google = self.path.startswith("/google/")
        if self.path.endswith("/devicecode"):
            device_code = secrets.token_urlsafe(16)
            user_code = secrets.token_hex(4).upper()
            with provider.lock:
                provider.devices[device_code] = {"user_code": user_code, "approved": False, "scope": form["scope"]}
            self._json(
                200,
                {
                    "device_code": device_code,
                    "user_code": user_code,
                    "verification_uri": f"{provider.base}/device",
                    "expires_in": 300,
                    "interval": 1,
                    "message": f"Open {provider.base}/device and enter the code {user_code}.",
                },
            )
            return
        if not self.path.endswith("/token"):
            self._json(404, {"error": "not_found"})
            return
        grant = form.get("grant_type", "")
        with provider.lock:
            provider.grants.append(grant)
            status, body = self._token(provider, grant, form, google)
        self._json(status, body)

    def _token(
        self, provider: IdentityProvider, grant: str, form: dict[str, str], google: bool
    ) -> tuple[int, dict[str, Any]]:
        basic = self.headers.get("Authorization", "")
        if basic.startswith("Basic "):  # requests-oauthlib sends the client id and secret this way
            form.setdefault("client_id", urllib.parse.unquote(base64.b64decode(basic[6:]).decode().split(":")[0]))
        if form.get("client_id") != CLIENT_ID:
            return 400, {"error": "invalid_client", "error_description": "AADSTS700016: Application not found."}
        if grant == "authorization_code":
            asked = provider.codes.pop(form.get("code", ""), None)
            if asked is None:
                return 400, {"error": "invalid_grant", "error_description": "The code is not valid."}
            verifier = form.get("code_verifier", "")
            if _b64url(hashlib.sha256(verifier.encode()).digest()) != asked.get("code_challenge"):
                return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed."}
            if asked.get("code_challenge_method") != "S256" or form.get("redirect_uri") != asked["redirect_uri"]:
                return 400, {"error": "invalid_grant", "error_description": "The redirect or PKCE method differs."}
            return 200, provider.issue(asked.get("scope", ""), asked.get("nonce", ""), google)
        if grant == "refresh_token":
            if provider.refresh_error:
                return 400, {"error": provider.refresh_error[0], "error_description": provider.refresh_error[1]}
            issued = provider.refresh_tokens.get(form.get("refresh_token", ""))
            if issued is None or issued.revoked:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "AADSTS50173: The provided grant has expired due to it being revoked.",
                }
            return 200, provider.issue(form.get("scope", ""), google=google)
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            device = provider.devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "expired_token", "error_description": "The code has run out."}
            if not device["approved"]:
                return 400, {"error": "authorization_pending", "error_description": "Waiting for the code."}
            del provider.devices[form["device_code"]]
            return 200, provider.issue(device["scope"])
        return 400, {"error": "unsupported_grant_type"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    provider: IdentityProvider


def start_identity_provider(context: ssl.SSLContext) -> tuple[IdentityProvider, _Server]:
    """Serve a fresh stand-in over HTTPS on a free port of 127.0.0.1; ``server.shutdown()`` stops it."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    provider = IdentityProvider(base=f"https://127.0.0.1:{server.server_address[1]}")
    server.provider = provider
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return provider, server
